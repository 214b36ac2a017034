package fi.kasvu.platform.oneroster.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * OneRoster's filter parameter: {@code field predicate 'value'} clauses joined by {@code AND} or {@code OR} (AND binds
 * first), with the predicates {@code = != > >= < <= ~} ({@code ~} is "contains", case-insensitive). The field must be
 * one of the resource's; the value is bound as a parameter of the field's type.
 */
final class Filter {

    private final RecordKind resource;
    private final String text;
    private int at;
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private Filter(RecordKind resource, String text) {
        this.resource = resource;
        this.text = text;
    }

    /** The filter as an SQL condition over the base query's row {@code r}. */
    static SqlCondition parse(RecordKind resource, String text) {
        if (text == null || text.isBlank()) {
            return SqlCondition.NONE;
        }
        var filter = new Filter(resource, text);
        filter.expression();
        return new SqlCondition("(" + filter.sql + ")", filter.parameters);
    }

    private void expression() {
        clause();
        while (true) {
            skipSpaces();
            if (at >= text.length()) {
                return;
            }
            String word = word();
            switch (word) {
                case "AND" -> sql.append(" AND ");
                case "OR" -> sql.append(" OR ");
                default -> throw syntax("expected AND or OR, found '" + OneRosterException.abbreviate(word) + "'");
            }
            clause();
        }
    }

    private void clause() {
        skipSpaces();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '.'
                || text.charAt(at) == '_')) {
            at++;
        }
        String name = text.substring(start, at);
        if (name.isEmpty()) {
            throw syntax("expected a field name");
        }
        Field field = resource.field(name).filter(Field::queryable).orElseThrow(() -> OneRosterException.invalidFilter(
                "'" + OneRosterException.abbreviate(name) + "' is no field of " + resource.collection()
                        + " that can be filtered on; use one of " + String.join(", ", resource.queryableFields())));
        skipSpaces();
        String predicate = predicate();
        skipSpaces();
        String value = quoted();
        condition(field, predicate, value);
    }

    private void condition(Field field, String predicate, String value) {
        String column = field.column();
        if (field.kind() == Field.Kind.LIST) {
            switch (predicate) {
                case "=" -> sql.append("? = ANY(").append(column).append(")");
                case "!=" -> sql.append("NOT (? = ANY(").append(column).append("))");
                case "~" -> sql.append("array_to_string(").append(column).append(", ',') ILIKE ?");
                default -> throw OneRosterException.invalidFilter("'" + field.name()
                        + "' is a list; use =, != or ~ on it");
            }
            parameters.add(predicate.equals("~") ? like(value) : value);
            return;
        }
        if (predicate.equals("~")) {
            sql.append(column).append("::text ILIKE ?");
            parameters.add(like(value));
            return;
        }
        String operator = predicate.equals("!=") ? "IS DISTINCT FROM" : predicate;
        sql.append(column).append(' ').append(operator).append(" ?");
        parameters.add(typed(field, value));
    }

    private static Object typed(Field field, String value) {
        try {
            return switch (field.kind()) {
                case NUMBER -> number(field, value);
                case DATE -> LocalDate.parse(value);
                case TIMESTAMP -> value.length() == 10 ? LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC)
                        : OffsetDateTime.parse(value);
                case BOOLEAN -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw OneRosterException.invalidFilter("'" + field.name() + "' is true or false");
                };
                default -> value;
            };
        } catch (DateTimeParseException e) {
            throw OneRosterException.invalidFilter("'" + field.name() + "' takes " + (field.kind() == Field.Kind.DATE
                    ? "a date such as '2024-08-01'" : "a date or a time such as '2024-08-01T12:00:00Z'"));
        }
    }

    private static java.math.BigDecimal number(Field field, String value) {
        try {
            return new java.math.BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw OneRosterException.invalidFilter("'" + field.name() + "' takes a number such as '7.5'");
        }
    }

    private static String like(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private String predicate() {
        for (String candidate : new String[] {"!=", ">=", "<=", "=", ">", "<", "~"}) {
            if (text.startsWith(candidate, at)) {
                at += candidate.length();
                return candidate;
            }
        }
        throw syntax("expected one of = != > >= < <= ~");
    }

    private String quoted() {
        if (at >= text.length() || text.charAt(at) != '\'') {
            throw syntax("a value is written in single quotes, e.g. status='active'");
        }
        int close = text.indexOf('\'', at + 1);
        if (close < 0) {
            throw syntax("the value's closing quote is missing");
        }
        String value = text.substring(at + 1, close);
        at = close + 1;
        return value;
    }

    private String word() {
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return text.substring(start, at);
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private OneRosterException syntax(String problem) {
        return OneRosterException.invalidFilter(problem + " at character " + (at + 1));
    }
}
