package fi.kasvu.platform.oneroster.csv;

/**
 * One thing wrong with an import: the file, the line on which the row starts (0 for the file or the zip as a whole),
 * the field (the CSV column, or null) and what is wrong. Never holds a personal identity code.
 */
public record ImportProblem(String file, long line, String field, String message) {

    @Override
    public String toString() {
        return (file == null ? "" : file) + (line > 0 ? ":" + line : "") + (field == null ? "" : " " + field) + ": "
                + message;
    }
}
