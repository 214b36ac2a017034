package fi.kasvu.platform.oneroster.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements that write an import, one per entity. Each upsert reads the staged rows with their references
 * resolved (v), keeps only the new and the changed ones, and writes those with INSERT ... ON CONFLICT (source_id)
 * DO UPDATE ... WHERE something changed.
 */
final class RosterSql {

    private static final String ACTIVE = RosterApply.ACTIVE;

    private RosterSql() {
    }

    static final String ORGS = upsert("org",
            "SELECT s.source_id, s.name, s.type, s.identifier FROM csv_orgs s WHERE " + ACTIVE + " AND s.type <> 'school'",
            List.of("name", "type", "identifier"), List.of());

    static final String SCHOOLS = upsert("school",
            "SELECT s.source_id, s.name, s.identifier, p.id AS org_id, s.kind FROM csv_orgs s "
                    + "LEFT JOIN org p ON p.source_id = s.parent WHERE " + ACTIVE + " AND s.type = 'school'",
            List.of("name", "identifier", "org_id"), List.of("kind"));

    static final String ORG_PARENTS = "UPDATE org t SET parent_id = p.id, updated_at = now() "
            + "FROM csv_orgs s LEFT JOIN org p ON p.source_id = s.parent "
            + "WHERE t.source_id = s.source_id AND " + ACTIVE + " AND s.type <> 'school' AND t.parent_id IS DISTINCT FROM p.id";

    static final String SESSIONS = upsert("academic_session",
            "SELECT s.source_id, s.title, s.type, s.start_date::date AS start_date, s.end_date::date AS end_date, "
                    + "s.school_year::integer AS school_year FROM csv_sessions s WHERE " + ACTIVE,
            List.of("title", "type", "start_date", "end_date", "school_year"), List.of());

    static final String SESSION_PARENTS = "UPDATE academic_session t SET parent_id = p.id, updated_at = now() "
            + "FROM csv_sessions s LEFT JOIN academic_session p ON p.source_id = s.parent "
            + "WHERE t.source_id = s.source_id AND " + ACTIVE + " AND t.parent_id IS DISTINCT FROM p.id";

    static final String COURSES = upsert("course",
            "SELECT s.source_id, s.title, s.course_code, y.id AS school_year_id, sc.id AS school_id, "
                    + "CASE WHEN sc.id IS NULL THEN o.id END AS org_id, " + array("grades") + ", "
                    + array("subjects") + ", " + array("subject_codes") + " FROM csv_courses s "
                    + "LEFT JOIN academic_session y ON y.source_id = s.school_year "
                    + "LEFT JOIN school sc ON sc.source_id = s.org LEFT JOIN org o ON o.source_id = s.org WHERE " + ACTIVE,
            List.of("title", "course_code", "school_year_id", "school_id", "org_id", "grades", "subjects",
                    "subject_codes"), List.of());

    static final String CLASSES = upsert("class_group",
            "SELECT s.source_id, s.title, s.class_code, s.class_type, s.location, c.id AS course_id, "
                    + "sc.id AS school_id, " + array("grades") + ", " + array("subjects") + ", "
                    + array("subject_codes") + ", " + array("periods") + " FROM csv_classes s "
                    + "JOIN course c ON c.source_id = s.course JOIN school sc ON sc.source_id = s.school WHERE " + ACTIVE,
            List.of("title", "class_code", "class_type", "location", "course_id", "school_id", "grades", "subjects",
                    "subject_codes", "periods"), List.of());

    static final String CLASS_TERMS_REMOVED = "DELETE FROM class_term ct USING class_group c, csv_classes s "
            + "WHERE ct.class_id = c.id AND c.source_id = s.source_id AND " + ACTIVE + " AND NOT EXISTS ("
            + "SELECT 1 FROM academic_session a WHERE a.id = ct.session_id AND a.source_id = ANY (string_to_array(s.terms, ',')))";

    static final String CLASS_TERMS_ADDED = "INSERT INTO class_term (class_id, session_id) SELECT c.id, a.id "
            + "FROM csv_classes s JOIN class_group c ON c.source_id = s.source_id "
            + "CROSS JOIN LATERAL unnest(string_to_array(s.terms, ',')) AS r(ref) "
            + "JOIN academic_session a ON a.source_id = r.ref WHERE " + ACTIVE + " ON CONFLICT DO NOTHING";

    static final String PERSONS = upsert("person",
            "SELECT s.source_id, s.given_name, s.family_name, s.middle_name, s.preferred_given_name, s.username, "
                    + "s.identifier, s.email, s.phone, s.sms, s.enabled_user::boolean AS enabled_user, "
                    + array("grades") + ", ps.id AS primary_school_id FROM csv_users s "
                    + "LEFT JOIN school ps ON ps.source_id = s.primary_org WHERE " + ACTIVE,
            List.of("given_name", "family_name", "middle_name", "preferred_given_name", "username", "identifier",
                    "email", "phone", "sms", "enabled_user", "grades", "primary_school_id"), List.of());

    static final String IDENTITY_CODES = "INSERT INTO person_identity_code AS t (person_id, code) "
            + "SELECT p.id, s.hetu FROM csv_users s JOIN person p ON p.source_id = s.source_id "
            + "LEFT JOIN person_identity_code e ON e.person_id = p.id "
            + "WHERE " + ACTIVE + " AND s.hetu IS NOT NULL AND e.code IS DISTINCT FROM s.hetu "
            + "ON CONFLICT (person_id) DO UPDATE SET code = EXCLUDED.code WHERE t.code IS DISTINCT FROM EXCLUDED.code";

    /** A blank birthDate keeps the one the user's identity code of this import carries. */
    static final String DEMOGRAPHICS = "WITH v AS (SELECT p.id AS person_id, "
            + "coalesce(s.birth_date, u.hetu_birth_date)::date AS birth_date, s.sex, s.country, s.city "
            + "FROM csv_demographics s JOIN person p ON p.source_id = s.source_id "
            + "LEFT JOIN csv_users u ON u.source_id = s.source_id AND (u.status IS NULL OR u.status = 'active') "
            + "WHERE " + ACTIVE + ") "
            + "INSERT INTO demographics AS t (person_id, birth_date, sex, country_of_birth, city_of_birth, updated_at) "
            + "SELECT v.person_id, v.birth_date, v.sex, v.country, v.city, now() FROM v "
            + "LEFT JOIN demographics e ON e.person_id = v.person_id WHERE e.person_id IS NULL OR "
            + "(e.birth_date, e.sex, e.country_of_birth, e.city_of_birth) IS DISTINCT FROM (v.birth_date, v.sex, v.country, v.city) "
            + "ON CONFLICT (person_id) DO UPDATE SET birth_date = EXCLUDED.birth_date, sex = EXCLUDED.sex, "
            + "country_of_birth = EXCLUDED.country_of_birth, city_of_birth = EXCLUDED.city_of_birth, updated_at = now() "
            + "WHERE (t.birth_date, t.sex, t.country_of_birth, t.city_of_birth) IS DISTINCT FROM "
            + "(EXCLUDED.birth_date, EXCLUDED.sex, EXCLUDED.country_of_birth, EXCLUDED.city_of_birth)";

    /** Demographics have no status to mark, so a tobedeleted row removes them. */
    static final String DEMOGRAPHICS_REMOVED = "DELETE FROM demographics d USING person p, csv_demographics s "
            + "WHERE d.person_id = p.id AND p.source_id = s.source_id AND s.status = 'tobedeleted'";

    static final String BIRTH_DATES_FROM_IDENTITY_CODES = "INSERT INTO demographics AS t (person_id, birth_date, updated_at) "
            + "SELECT p.id, s.hetu_birth_date::date, now() FROM csv_users s JOIN person p ON p.source_id = s.source_id "
            + "LEFT JOIN demographics e ON e.person_id = p.id "
            + "WHERE " + ACTIVE + " AND s.hetu_birth_date IS NOT NULL AND (e.person_id IS NULL OR e.birth_date IS NULL) "
            + "ON CONFLICT (person_id) DO UPDATE SET birth_date = EXCLUDED.birth_date, updated_at = now() "
            + "WHERE t.birth_date IS NULL";

    static final String ROLES = upsert("person_role",
            "SELECT s.source_id, p.id AS person_id, s.role, s.role_type, sc.id AS school_id, "
                    + "CASE WHEN sc.id IS NULL THEN o.id END AS org_id, s.begin_date::date AS begin_date, "
                    + "s.end_date::date AS end_date FROM csv_roles s JOIN person p ON p.source_id = s.user_ref "
                    + "LEFT JOIN school sc ON sc.source_id = s.org LEFT JOIN org o ON o.source_id = s.org WHERE " + ACTIVE,
            List.of("person_id", "role", "role_type", "school_id", "org_id", "begin_date", "end_date"), List.of());

    /**
     * Guardianships from users' agentSourcedIds: a pair of a student and a guardian, parent or relative (by their
     * roles in this import, and in Kasvu unless roles.csv is bulk), whichever of the two lists the other.
     */
    static final String GUARDIANSHIP_PAIRS = "CREATE TEMPORARY TABLE csv_guardianships ON COMMIT DROP AS "
            + "WITH role_of AS (SELECT s.user_ref AS person, s.role FROM csv_roles s WHERE " + ACTIVE + " UNION "
            + "SELECT p.source_id, r.role FROM person_role r JOIN person p ON p.id = r.person_id WHERE :existingRoles "
            + "AND r.status = 'active' AND NOT EXISTS (SELECT 1 FROM csv_roles x WHERE x.source_id = r.source_id)), "
            + "students AS (SELECT DISTINCT person FROM role_of WHERE role = 'student'), "
            + "guardians AS (SELECT person, (array_agg(role ORDER BY CASE role WHEN 'guardian' THEN 1 "
            + "WHEN 'parent' THEN 2 ELSE 3 END))[1] AS relation FROM role_of "
            + "WHERE role IN ('guardian', 'parent', 'relative') GROUP BY person), "
            + "agent AS (SELECT s.source_id AS person, r.ref AS agent FROM csv_users s "
            + "CROSS JOIN LATERAL unnest(string_to_array(s.agents, ',')) AS r(ref) WHERE " + ACTIVE + "), "
            + "pairs AS (SELECT a.agent AS guardian, a.person AS student FROM agent a "
            + "JOIN students st ON st.person = a.person JOIN guardians g ON g.person = a.agent UNION "
            + "SELECT a.person, a.agent FROM agent a JOIN guardians g ON g.person = a.person "
            + "JOIN students st ON st.person = a.agent) "
            + "SELECT gp.id AS guardian_id, sp.id AS student_id, g.relation FROM pairs x "
            + "JOIN guardians g ON g.person = x.guardian JOIN person gp ON gp.source_id = x.guardian "
            + "JOIN person sp ON sp.source_id = x.student WHERE gp.id <> sp.id";

    static final String GUARDIANSHIPS = "INSERT INTO guardianship AS t (guardian_id, student_id, relation) "
            + "SELECT x.guardian_id, x.student_id, x.relation FROM csv_guardianships x "
            + "LEFT JOIN guardianship e ON e.guardian_id = x.guardian_id AND e.student_id = x.student_id "
            + "WHERE e.guardian_id IS NULL OR e.relation <> x.relation "
            + "ON CONFLICT (guardian_id, student_id) DO UPDATE SET relation = EXCLUDED.relation "
            + "WHERE t.relation <> EXCLUDED.relation";

    /** A bulk users.csv lists every guardianship. */
    static final String GUARDIANSHIPS_REMOVED = "DELETE FROM guardianship g WHERE NOT EXISTS (SELECT 1 FROM "
            + "csv_guardianships x WHERE x.guardian_id = g.guardian_id AND x.student_id = g.student_id)";

    static final String ENROLLMENTS = upsert("enrollment",
            "SELECT s.source_id, c.id AS class_id, p.id AS person_id, sc.id AS school_id, s.role, "
                    + "coalesce(s.is_primary::boolean, false) AS is_primary, s.begin_date::date AS begin_date, "
                    + "s.end_date::date AS end_date FROM csv_enrollments s JOIN class_group c ON c.source_id = s.class_ref "
                    + "JOIN person p ON p.source_id = s.user_ref JOIN school sc ON sc.source_id = s.school WHERE " + ACTIVE,
            List.of("class_id", "person_id", "school_id", "role", "is_primary", "begin_date", "end_date"), List.of());

    /**
     * A new row's id: a version 7 UUID (the time in milliseconds first) with the row's number in the statement next,
     * so that one statement's ids ascend. Random ids would land all over the primary key's index, and over the
     * indexes of the rows that refer to them, which costs a large import most of its time.
     */
    static final String ORDERED_ID = "(lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') "
            + "|| '7' || lpad(to_hex((row_number() OVER ()) >> 12), 3, '0') || '8' "
            + "|| lpad(to_hex((row_number() OVER ()) & 4095), 3, '0') || substr(md5(random()::text), 1, 12))::uuid";

    private static String array(String column) {
        return "coalesce(string_to_array(s." + column + ", ','), '{}') AS " + column;
    }

    /**
     * INSERT ... ON CONFLICT (source_id) DO UPDATE of the rows of {@code values} (which selects source_id and the
     * columns) that are new or differ; {@code insertOnly} columns are set on insert and never changed.
     */
    static String upsert(String table, String values, List<String> columns, List<String> insertOnly) {
        String existing = columns.stream().map(c -> "e." + c).collect(Collectors.joining(", "));
        String fresh = columns.stream().map(c -> "v." + c).collect(Collectors.joining(", "));
        String target = columns.stream().map(c -> "t." + c).collect(Collectors.joining(", "));
        String excluded = columns.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", "));
        String set = columns.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        String inserted = String.join(", ", columns) + (insertOnly.isEmpty() ? "" : ", " + String.join(", ", insertOnly));
        String insertedValues = fresh + insertOnly.stream().map(c -> ", v." + c).collect(Collectors.joining());
        return "WITH v AS (" + values + ") INSERT INTO " + table + " AS t (id, source_id, " + inserted
                + ", status, updated_at) SELECT coalesce(e.id, " + ORDERED_ID + "), v.source_id, " + insertedValues
                + ", 'active', now() FROM v LEFT JOIN " + table + " e ON e.source_id = v.source_id "
                + "WHERE e.id IS NULL OR (" + existing + ", e.status) IS DISTINCT FROM (" + fresh + ", 'active') "
                + "ON CONFLICT (source_id) DO UPDATE SET " + set + ", status = EXCLUDED.status, updated_at = now() "
                + "WHERE (" + target + ", t.status) IS DISTINCT FROM (" + excluded + ", EXCLUDED.status)";
    }
}
