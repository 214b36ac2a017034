package fi.kasvu.platform.oneroster.csv;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One CSV row being read: its fields by column name, checked one by one. A check that fails adds a problem naming
 * the file, the line and the column, and returns null, so that a row can be checked in full before it is refused.
 */
final class Row {

    static final Set<String> STATUSES = Set.of("active", "tobedeleted");
    private static final Pattern LIST_SPLIT = Pattern.compile("\\s*,\\s*");

    private final String file;
    private final String[] header;
    private final ImportReport report;
    private CsvReader record;
    private long line;
    private boolean ok;

    Row(String file, String[] header, ImportReport report) {
        this.file = file;
        this.header = header;
        this.report = report;
    }

    void reset(CsvReader record) {
        this.record = record;
        this.line = record.line();
        this.ok = true;
        if (record.size() != header.length) {
            problem(null, "the row has " + record.size() + " fields, the header " + header.length);
        }
    }

    boolean ok() {
        return ok;
    }

    long line() {
        return line;
    }

    void problem(String column, String message) {
        ok = false;
        report.problem(file, line, column, message);
    }

    /** The column's text, stripped; null when empty. */
    String raw(String column) {
        int index = index(column);
        if (index >= record.size()) {
            return null;
        }
        if (!record.isUtf8(index)) {
            problem(column, "the text is not UTF-8 (save the file as UTF-8)");
            return null;
        }
        String value = record.field(index).strip();
        if (value.indexOf('\0') >= 0) {
            problem(column, "the text contains a NUL character");
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    String text(String column, boolean required, int maxLength) {
        String value = raw(column);
        if (value == null) {
            if (required) {
                problem(column, "required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            problem(column, "at most " + maxLength + " characters, this has " + value.length());
            return null;
        }
        return value;
    }

    String sourcedId(String column, boolean required) {
        return text(column, required, 255);
    }

    String oneOf(String column, boolean required, Set<String> allowed) {
        String value = text(column, required, 100);
        if (value != null && !allowed.contains(value)) {
            problem(column, "'" + shown(value) + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return value;
    }

    /** A date as OneRoster writes it, YYYY-MM-DD; returned in the same form. */
    String date(String column, boolean required) {
        String value = text(column, required, 40);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            problem(column, "'" + shown(value) + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** A date-time (ISO 8601 with a zone, as dateLastModified is written); returned as written. */
    String dateTime(String column) {
        String value = text(column, false, 40);
        if (value == null) {
            return null;
        }
        try {
            OffsetDateTime.parse(value);
            return value;
        } catch (DateTimeParseException e) {
            problem(column, "'" + shown(value) + "' is not a date and time (YYYY-MM-DDThh:mm:ss.sssZ)");
            return null;
        }
    }

    String bool(String column, boolean required) {
        String value = text(column, required, 10);
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return value.toLowerCase(java.util.Locale.ROOT);
        }
        problem(column, "'" + shown(value) + "' is not true or false");
        return null;
    }

    /** A list of values separated by commas (the whole field quoted), normalised to "a,b"; null when empty. */
    String list(String column, int maxItemLength) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        String[] items = LIST_SPLIT.split(value);
        StringBuilder normalised = new StringBuilder();
        for (String item : items) {
            if (item.isEmpty()) {
                continue;
            }
            if (item.length() > maxItemLength) {
                problem(column, "an item of the list is longer than " + maxItemLength + " characters");
                return null;
            }
            if (!normalised.isEmpty()) {
                normalised.append(',');
            }
            normalised.append(item);
        }
        return normalised.isEmpty() ? null : normalised.toString();
    }

    /** status: empty (bulk files leave it so), active or tobedeleted. */
    String status() {
        return oneOf("status", false, STATUSES);
    }

    static String shown(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }

    private int index(String column) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column);
    }
}
