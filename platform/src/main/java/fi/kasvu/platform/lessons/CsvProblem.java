package fi.kasvu.platform.lessons;

/** What is wrong in an imported file: the row (1 is the header) and the column it is in. */
public record CsvProblem(int row, String column, String problem) {

    @Override
    public String toString() {
        return "row " + row + ", column " + column + ": " + problem;
    }
}
