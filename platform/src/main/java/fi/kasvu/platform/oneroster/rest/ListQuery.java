package fi.kasvu.platform.oneroster.rest;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paging, filter, sort and field selection of a collection request, checked against the resource: {@code limit}
 * (default {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}), {@code offset}, {@code filter}, {@code sort} with
 * {@code orderBy} asc or desc, and {@code fields}.
 */
record ListQuery(int limit, int offset, SqlCondition filter, String orderSql, Set<String> fields) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 5000;

    static ListQuery of(RecordKind resource, Map<String, String> parameters) {
        int limit = number(parameters.get("limit"), "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = number(parameters.get("offset"), "offset", 0, 0, Integer.MAX_VALUE);
        SqlCondition filter = Filter.parse(resource, parameters.get("filter"));
        return new ListQuery(limit, offset, filter, order(resource, parameters.get("sort"), parameters.get("orderBy")),
                fields(resource, parameters.get("fields")));
    }

    /** The field selection of a request for one record. */
    static Set<String> fields(RecordKind resource, String requested) {
        if (requested == null || requested.isBlank()) {
            return Set.of();
        }
        var fields = new LinkedHashSet<String>();
        for (String name : Arrays.stream(requested.split(",")).map(String::strip).toList()) {
            if (!resource.outputFields().contains(name)) {
                throw OneRosterException.invalidSelection("fields: '" + OneRosterException.abbreviate(name)
                        + "' is no field of " + resource.collection() + "; use some of "
                        + String.join(", ", resource.outputFields()));
            }
            fields.add(name);
        }
        return fields;
    }

    private static String order(RecordKind resource, String sort, String orderBy) {
        String direction = "ASC";
        if (orderBy != null && !orderBy.isBlank()) {
            direction = switch (orderBy.strip()) {
                case "asc" -> "ASC";
                case "desc" -> "DESC";
                default -> throw OneRosterException.invalidSort("orderBy is asc or desc");
            };
        }
        if (sort == null || sort.isBlank()) {
            return "r.\"sourcedId\" " + direction;
        }
        Field field = resource.field(sort.strip()).filter(Field::queryable).orElseThrow(() ->
                OneRosterException.invalidSort("'" + OneRosterException.abbreviate(sort) + "' is no field of "
                        + resource.collection() + " that can be sorted on; use one of "
                        + String.join(", ", resource.queryableFields())));
        String nulls = direction.equals("ASC") ? " NULLS LAST" : " NULLS FIRST";
        return field.column() + " " + direction + nulls + ", r.\"sourcedId\" " + direction;
    }

    private static int number(String value, String name, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw OneRosterException.invalidSelection(name + ": a whole number from " + min + " to " + max);
    }

    List<String> selected() {
        return List.copyOf(fields);
    }
}
