package fi.kasvu.platform.oneroster.rest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kind of OneRoster record served by one of the REST services (the rostering {@link Resource}s here, the gradebook's
 * in its own package): where its rows come from, which fields may be filtered, sorted and selected, and how a row
 * becomes the binding's JSON. {@link OneRosterResponses} gives every kind the same paging, filter, sort, fields and
 * errors.
 */
public interface RecordKind {

    /** The JSON key of a page of these records, e.g. {@code users}. */
    String collection();

    /** The JSON key of one record, e.g. {@code user}. */
    String single();

    /**
     * A query whose columns carry the OneRoster field names, double-quoted, plus {@code id} (a uuid: for an audited
     * kind, the person whose data each row is) and any internal columns in snake case that scope nested endpoints.
     */
    String baseQuery();

    /** The fields, common ones ({@code sourcedId}, {@code status}, {@code dateLastModified}) first. */
    Map<String, Field> fields();

    /** The record of one row of the base query. */
    Map<String, Object> represent(ResultSet row, Representation representation) throws SQLException;

    /** The audit action each record served writes, naming the client, or null for records not audited. */
    default String auditAction() {
        return null;
    }

    default Optional<Field> field(String name) {
        return Optional.ofNullable(fields().get(name));
    }

    /** What a client may filter or sort on. */
    default List<String> queryableFields() {
        return fields().values().stream().filter(Field::queryable).map(Field::name).toList();
    }

    /** The fields of the output, which {@code fields=} may select. */
    default List<String> outputFields() {
        return fields().keySet().stream().filter(name -> !name.contains(".")).toList();
    }
}
