package fi.kasvu.platform.lessons;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timetable file: UTF-8 text, a header row and one row per weekly slot, separated by commas or semicolons (as
 * Finnish spreadsheets save them), fields in double quotes when they hold a separator. Columns, in any order:
 * {@code class} (the class's or teaching group's name at the school, e.g. 7B or "7B MA"), {@code weekday} (1-5, ma-pe,
 * mon-fri), {@code start} and {@code end} (08:15 or 8.15), and the optional {@code subject} (national code),
 * {@code teacher} (the teacher's email address) and {@code room}.
 */
final class TimetableCsv {

    static final List<String> REQUIRED = List.of("class", "weekday", "start", "end");
    static final List<String> COLUMNS = List.of("class", "weekday", "start", "end", "subject", "teacher", "room");
    static final int LARGEST = 5000;

    /** A data row by column name, with its number in the file (the header is row 1). */
    record Row(int number, Map<String, String> values) {
        String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private TimetableCsv() {
    }

    /** The rows, or every problem of the header and the shape of the rows. */
    static List<Row> read(String text, List<CsvProblem> problems) {
        String content = text == null ? "" : text.replace("\uFEFF", "");
        List<String> lines = content.lines().toList();
        if (lines.isEmpty() || lines.getFirst().isBlank()) {
            problems.add(new CsvProblem(1, "class", "the file is empty; the first row names the columns: "
                    + String.join(",", COLUMNS)));
            return List.of();
        }
        char separator = lines.getFirst().indexOf(';') >= 0 ? ';' : ',';
        List<String> header = fields(lines.getFirst(), separator).stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                problems.add(new CsvProblem(1, column, "unknown column; the columns are " + String.join(",", COLUMNS)));
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                problems.add(new CsvProblem(1, column, "the column is missing"));
            }
        }
        if (lines.size() - 1 > LARGEST) {
            problems.add(new CsvProblem(LARGEST + 2, "class", "at most " + LARGEST + " rows in one file"));
        }
        if (!problems.isEmpty()) {
            return List.of();
        }
        var rows = new ArrayList<Row>();
        for (int i = 1; i < lines.size() && i <= LARGEST; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = fields(lines.get(i), separator);
            if (fields.size() > header.size()) {
                problems.add(new CsvProblem(i + 1, header.getLast(), "the row has " + fields.size()
                        + " fields, the header " + header.size()));
                continue;
            }
            var values = new LinkedHashMap<String, String>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < fields.size() ? fields.get(c) : null);
            }
            rows.add(new Row(i + 1, values));
        }
        return rows;
    }

    static DayOfWeek weekday(String text) {
        String day = text.strip().toLowerCase(Locale.ROOT);
        return switch (day) {
            case "1", "ma", "mon", "monday", "maanantai", "må" -> DayOfWeek.MONDAY;
            case "2", "ti", "tue", "tuesday", "tiistai" -> DayOfWeek.TUESDAY;
            case "3", "ke", "wed", "wednesday", "keskiviikko", "on" -> DayOfWeek.WEDNESDAY;
            case "4", "to", "thu", "thursday", "torstai" -> DayOfWeek.THURSDAY;
            case "5", "pe", "fri", "friday", "perjantai", "fr" -> DayOfWeek.FRIDAY;
            case "6", "la", "sat", "7", "su", "sun" -> throw new IllegalArgumentException(
                    "lessons are held from Monday to Friday");
            default -> throw new IllegalArgumentException("write the weekday as 1-5, ma-pe or mon-fri");
        };
    }

    static LocalTime time(String text) {
        String time = text.strip().replace('.', ':');
        try {
            return LocalTime.parse(time.length() == 4 ? "0" + time : time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("write the time as 08:15");
        }
    }

    static List<String> fields(String line, char separator) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
