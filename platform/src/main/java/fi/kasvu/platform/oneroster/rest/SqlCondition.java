package fi.kasvu.platform.oneroster.rest;

import java.util.ArrayList;
import java.util.List;

/** A piece of WHERE clause over the base query's row {@code r} and the parameters its placeholders take. */
public record SqlCondition(String sql, List<Object> parameters) {

    public static final SqlCondition NONE = new SqlCondition("TRUE", List.of());

    public SqlCondition {
        parameters = List.copyOf(parameters);
    }

    public static SqlCondition of(String sql, Object... parameters) {
        return new SqlCondition(sql, List.of(parameters));
    }

    public SqlCondition and(SqlCondition other) {
        var all = new ArrayList<>(parameters);
        all.addAll(other.parameters);
        return new SqlCondition(sql + " AND " + other.sql, all);
    }
}
