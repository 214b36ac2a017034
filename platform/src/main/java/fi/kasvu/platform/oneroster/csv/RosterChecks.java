package fi.kasvu.platform.oneroster.csv;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import fi.kasvu.platform.oneroster.csv.ZipStaging.Mode;

/**
 * The checks that need the whole import, as set-based SQL over the staging tables and the tenant's tables: each is an
 * anti-join or a grouping that returns the offending rows with their lines, so the report can name them. A reference
 * resolves to a row of this import or, unless the referenced file is bulk (which replaces its whole set), to one
 * already in Kasvu.
 */
final class RosterChecks {

    private static final String ACTIVE = "(s.status IS NULL OR s.status = 'active')";

    private final Connection connection;
    private final Map<RosterFile, Mode> modes;
    private final ImportReport report;

    RosterChecks(Connection connection, Map<RosterFile, Mode> modes, ImportReport report) {
        this.connection = connection;
        this.modes = modes;
        this.report = report;
    }

    void run() throws SQLException {
        for (RosterFile file : RosterFile.values()) {
            duplicates(file);
            if (modes.get(file) == Mode.DELTA) {
                find(file, "status", "SELECT s.line, NULL FROM " + file.stagingTable + " s WHERE s.status IS NULL",
                        ignored -> "required in a delta file: active or tobedeleted");
            }
        }
        references();
        orgs();
        unique(RosterFile.USERS, "username", "lower(s.username)", "person e", "lower(e.username)",
                value -> "another user already has the username '" + value + "'", true);
        unique(RosterFile.ORGS, "name", "s.name", "school e", "e.name",
                value -> "another school is already called '" + value + "'", true);
        unique(RosterFile.USERS, "userIds", "s.hetu", "person_identity_code c JOIN person e ON e.id = c.person_id",
                "c.code", ignored -> "another user already has this identity code (HETU)", false);
    }

    private void references() throws SQLException {
        reference(RosterFile.ORGS, "parentSourcedId", "parent", Target.ORG, false);
        reference(RosterFile.ACADEMIC_SESSIONS, "parentSourcedId", "parent", Target.SESSION, false);
        reference(RosterFile.COURSES, "schoolYearSourcedId", "school_year", Target.SESSION, false);
        reference(RosterFile.COURSES, "orgSourcedId", "org", Target.ORG, false);
        reference(RosterFile.CLASSES, "courseSourcedId", "course", Target.COURSE, false);
        reference(RosterFile.CLASSES, "schoolSourcedId", "school", Target.SCHOOL, false);
        reference(RosterFile.CLASSES, "termSourcedIds", "terms", Target.SESSION, true);
        reference(RosterFile.USERS, "agentSourcedIds", "agents", Target.USER, true);
        reference(RosterFile.USERS, "primaryOrgSourcedId", "primary_org", Target.ORG, false);
        reference(RosterFile.ROLES, "userSourcedId", "user_ref", Target.USER, false);
        reference(RosterFile.ROLES, "orgSourcedId", "org", Target.ORG, false);
        reference(RosterFile.ENROLLMENTS, "classSourcedId", "class_ref", Target.CLASS, false);
        reference(RosterFile.ENROLLMENTS, "schoolSourcedId", "school", Target.SCHOOL, false);
        reference(RosterFile.ENROLLMENTS, "userSourcedId", "user_ref", Target.USER, false);
        reference(RosterFile.DEMOGRAPHICS, "sourcedId", "source_id", Target.USER, false);
    }

    /** What a reference may point at: rows of this import (active), or rows already in Kasvu. */
    private enum Target {
        ORG(RosterFile.ORGS, "", "(SELECT source_id FROM org UNION ALL SELECT source_id FROM school)", "an org"),
        SCHOOL(RosterFile.ORGS, " AND k.type = 'school'", "school", "a school"),
        SESSION(RosterFile.ACADEMIC_SESSIONS, "", "academic_session", "an academic session"),
        COURSE(RosterFile.COURSES, "", "course", "a course"),
        CLASS(RosterFile.CLASSES, "", "class_group", "a class"),
        USER(RosterFile.USERS, "", "person", "a user");

        final RosterFile file;
        final String stagedFilter;
        final String existing;
        final String noun;

        Target(RosterFile file, String stagedFilter, String existing, String noun) {
            this.file = file;
            this.stagedFilter = stagedFilter;
            this.existing = existing;
            this.noun = noun;
        }
    }

    private void reference(RosterFile file, String field, String column, Target target, boolean list)
            throws SQLException {
        String ref = list ? "r.ref" : "s." + column;
        String from = file.stagingTable + " s" + (list ? " CROSS JOIN LATERAL unnest(string_to_array(s." + column
                + ", ',')) AS r(ref)" : "");
        String existing = modes.get(target.file) == Mode.BULK ? ""
                : " AND NOT EXISTS (SELECT 1 FROM " + target.existing + " e WHERE e.source_id = " + ref + ")";
        String sql = "SELECT s.line, " + ref + " FROM " + from + " WHERE " + ref + " IS NOT NULL AND " + ACTIVE
                + " AND NOT EXISTS (SELECT 1 FROM " + target.file.stagingTable + " k WHERE k.source_id = " + ref
                + " AND (k.status IS NULL OR k.status = 'active')" + target.stagedFilter + ")" + existing
                + " ORDER BY s.line";
        find(file, field, sql, value -> "no " + target.noun.substring(target.noun.indexOf(' ') + 1)
                + " with sourcedId '" + Row.shown(value) + "'" + (target == Target.SCHOOL ? " (of type school)" : "")
                + (modes.get(target.file) == Mode.ABSENT ? " in Kasvu" : " in " + target.file.fileName
                + (modes.get(target.file) == Mode.BULK ? "" : " or in Kasvu")));
    }

    private void duplicates(RosterFile file) throws SQLException {
        find(file, "sourcedId", "SELECT d.line, d.first || '' FROM (SELECT line, min(line) OVER (PARTITION BY source_id) "
                + "AS first FROM " + file.stagingTable + ") d WHERE d.line <> d.first ORDER BY d.line",
                first -> "the same sourcedId is already on line " + first + " of this file");
    }

    /** An org that is a school in one place and another type in the other; a school or org parent that is a school. */
    private void orgs() throws SQLException {
        String staged = RosterFile.ORGS.stagingTable;
        find(RosterFile.ORGS, "type", "SELECT s.line, s.type FROM " + staged + " s WHERE " + ACTIVE
                + " AND ((s.type = 'school' AND EXISTS (SELECT 1 FROM org e WHERE e.source_id = s.source_id))"
                + " OR (s.type <> 'school' AND EXISTS (SELECT 1 FROM school e WHERE e.source_id = s.source_id)))"
                + " ORDER BY s.line",
                type -> "this org is " + ("school".equals(type) ? "another type" : "a school")
                        + " in Kasvu; an org cannot change between school and another type");
        find(RosterFile.ORGS, "parentSourcedId", "SELECT s.line, s.parent FROM " + staged + " s WHERE " + ACTIVE
                + " AND s.parent IS NOT NULL AND (EXISTS (SELECT 1 FROM " + staged + " k WHERE k.source_id = s.parent"
                + " AND k.type = 'school') OR EXISTS (SELECT 1 FROM school e WHERE e.source_id = s.parent))"
                + " ORDER BY s.line",
                parent -> "'" + Row.shown(parent) + "' is a school; the parent of an org is a district or another "
                        + "org that is not a school");
    }

    /**
     * A value unique in Kasvu (a school's name, a username, an identity code) that two rows of the file share, or
     * that a row shares with another record in Kasvu which this import does not change away from it.
     */
    private void unique(RosterFile file, String field, String value, String table, String existingValue,
                        java.util.function.Function<String, String> message, boolean showValue) throws SQLException {
        String staged = file.stagingTable;
        String rows = "s.type = 'school'";
        String filter = file == RosterFile.ORGS ? " AND " + rows : "";
        String within = "SELECT d.line, d.v FROM (SELECT s.line, " + value + " AS v, min(s.line) OVER (PARTITION BY "
                + value + ") AS first FROM " + staged + " s WHERE " + ACTIVE + " AND " + value + " IS NOT NULL" + filter
                + ") d WHERE d.line <> d.first ORDER BY d.line";
        find(file, field, within, v -> message.apply(showValue ? Row.shown(v) : null) + " in this file");
        String other = "SELECT s.line, " + value + " FROM " + staged + " s JOIN " + table + " ON " + existingValue
                + " = " + value + " WHERE " + ACTIVE + filter + " AND e.source_id <> s.source_id"
                + " AND NOT EXISTS (SELECT 1 FROM " + staged + " x WHERE x.source_id = e.source_id"
                + " AND (x.status IS NULL OR x.status = 'active') AND " + value.replace("s.", "x.") + " IS DISTINCT FROM "
                + value + ") ORDER BY s.line";
        find(file, field, other, v -> message.apply(showValue ? Row.shown(v) : null) + " in Kasvu");
    }

    private void find(RosterFile file, String field, String sql, java.util.function.Function<String, String> message)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql + " LIMIT " + report.room())) {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    report.problem(file.fileName, rows.getLong(1), field, message.apply(rows.getString(2)));
                }
            }
        }
    }
}
