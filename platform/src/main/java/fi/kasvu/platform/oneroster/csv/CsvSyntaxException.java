package fi.kasvu.platform.oneroster.csv;

/** A CSV file that cannot be read on from the given line. */
class CsvSyntaxException extends Exception {

    private final long line;

    CsvSyntaxException(long line, String message) {
        super(message);
        this.line = line;
    }

    long line() {
        return line;
    }
}
