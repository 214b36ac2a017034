package fi.kasvu.platform.oneroster.csv;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import fi.kasvu.platform.oneroster.csv.ZipStaging.Mode;

/**
 * The writing phase, once every check has passed: each entity set-based from its staging table, parents before
 * children. Only rows that are new or differ are written (INSERT ... ON CONFLICT (source_id) DO UPDATE ... WHERE
 * something changed), so importing the same zip again writes nothing. A bulk file then marks the records it no longer
 * lists tobedeleted; a delta file's tobedeleted rows mark theirs.
 */
final class RosterApply {

    /** A row to write: active, or blank as bulk files leave it (written so, the planner can estimate it). */
    static final String ACTIVE = "(s.status IS NULL OR s.status = 'active')";
    private static final long ANALYZE_AFTER = 1_000;

    private final Connection connection;
    private final Map<RosterFile, Mode> modes;
    private final ImportReport report;
    private final ImportProgress progress;

    RosterApply(Connection connection, Map<RosterFile, Mode> modes, ImportReport report, ImportProgress progress) {
        this.connection = connection;
        this.modes = modes;
        this.report = report;
        this.progress = progress;
    }

    void run() throws SQLException {
        if (present(RosterFile.ORGS)) {
            write("org", RosterSql.ORGS);
            write("school", RosterSql.SCHOOLS);
            write("org", RosterSql.ORG_PARENTS);
        }
        if (present(RosterFile.ACADEMIC_SESSIONS)) {
            write("academic_session", RosterSql.SESSIONS);
            write("academic_session", RosterSql.SESSION_PARENTS);
        }
        if (present(RosterFile.COURSES)) {
            write("course", RosterSql.COURSES);
        }
        if (present(RosterFile.CLASSES)) {
            write("class_group", RosterSql.CLASSES);
            write("class_term", RosterSql.CLASS_TERMS_REMOVED);
            write("class_term", RosterSql.CLASS_TERMS_ADDED);
        }
        if (present(RosterFile.USERS)) {
            write("person", RosterSql.PERSONS);
            write("person_identity_code", RosterSql.IDENTITY_CODES);
        }
        if (present(RosterFile.DEMOGRAPHICS)) {
            write("demographics", RosterSql.DEMOGRAPHICS);
            write("demographics", RosterSql.DEMOGRAPHICS_REMOVED);
        }
        if (present(RosterFile.USERS)) {
            write("demographics", RosterSql.BIRTH_DATES_FROM_IDENTITY_CODES);
        }
        if (present(RosterFile.ROLES)) {
            write("person_role", RosterSql.ROLES);
        }
        if (present(RosterFile.USERS)) {
            guardianships();
        }
        if (present(RosterFile.ENROLLMENTS)) {
            write("enrollment", RosterSql.ENROLLMENTS);
        }
        deletions();
    }

    private void guardianships() throws SQLException {
        String rolesOfKasvu = modes.get(RosterFile.ROLES) == Mode.BULK ? "false" : "true";
        execute(RosterSql.GUARDIANSHIP_PAIRS.replace(":existingRoles", rolesOfKasvu));
        write("guardianship", RosterSql.GUARDIANSHIPS);
        if (modes.get(RosterFile.USERS) == Mode.BULK) {
            write("guardianship", RosterSql.GUARDIANSHIPS_REMOVED);
        }
    }

    /** Bulk: what the file no longer lists; delta: the rows marked tobedeleted. */
    private void deletions() throws SQLException {
        delete(RosterFile.ORGS, "org", "");
        delete(RosterFile.ORGS, "school", "");
        delete(RosterFile.ACADEMIC_SESSIONS, "academic_session", "");
        delete(RosterFile.COURSES, "course", "");
        delete(RosterFile.CLASSES, "class_group", "");
        delete(RosterFile.USERS, "person", "");
        // roles made in Kasvu without a sourcedId are not part of the exchange
        delete(RosterFile.ROLES, "person_role", " AND t.source_id IS NOT NULL");
        delete(RosterFile.ENROLLMENTS, "enrollment", "");
    }

    private void delete(RosterFile file, String table, String filter) throws SQLException {
        Mode mode = modes.get(file);
        if (mode == Mode.ABSENT) {
            return;
        }
        String staged = file.stagingTable;
        String which = mode == Mode.BULK
                ? "NOT EXISTS (SELECT 1 FROM " + staged + " s WHERE s.source_id = t.source_id AND " + ACTIVE + ")"
                : "EXISTS (SELECT 1 FROM " + staged + " s WHERE s.source_id = t.source_id AND s.status = 'tobedeleted')";
        write(table, "UPDATE " + table + " t SET status = 'tobedeleted', updated_at = now() WHERE t.status <> "
                + "'tobedeleted'" + filter + " AND " + which);
    }

    private boolean present(RosterFile file) {
        return modes.get(file) != Mode.ABSENT;
    }

    private void write(String table, String sql) throws SQLException {
        progress.advanced(ImportPhase.APPLYING, table, 0);
        long count = execute(sql);
        report.changed(table, count);
        if (count >= ANALYZE_AFTER) {
            // the next statements join this table; plans made on its empty-table statistics would be poor
            execute("ANALYZE " + table);
        }
        progress.advanced(ImportPhase.APPLYING, table, count);
    }

    private long execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }
}
