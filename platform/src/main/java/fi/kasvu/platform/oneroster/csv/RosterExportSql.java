package fi.kasvu.platform.oneroster.csv;

/**
 * The export's queries, one per file, each selecting text in the order of the file's header (NULL for a blank
 * field). Only active records are exported, and only when what they must refer to is active too.
 */
final class RosterExportSql {

    private static final String BLANK2 = "NULL, NULL, ";

    private RosterExportSql() {
    }

    static String of(RosterFile file) {
        return switch (file) {
            case ORGS -> "SELECT x.source_id, " + BLANK2 + "x.name, x.type, x.identifier, x.parent FROM ("
                    + "SELECT o.source_id, o.name, o.type, o.identifier, p.source_id AS parent FROM org o "
                    + "LEFT JOIN org p ON p.id = o.parent_id AND p.status = 'active' WHERE o.status = 'active' UNION ALL "
                    + "SELECT s.source_id, s.name, 'school', s.identifier, p.source_id FROM school s "
                    + "LEFT JOIN org p ON p.id = s.org_id AND p.status = 'active' WHERE s.status = 'active') x "
                    + "ORDER BY x.source_id";
            case ACADEMIC_SESSIONS -> "SELECT a.source_id, " + BLANK2 + "a.title, a.type, a.start_date::text, "
                    + "a.end_date::text, p.source_id, a.school_year::text FROM academic_session a "
                    + "LEFT JOIN academic_session p ON p.id = a.parent_id AND p.status = 'active' "
                    + "WHERE a.status = 'active' ORDER BY a.source_id";
            case COURSES -> "SELECT c.source_id, " + BLANK2 + "y.source_id, c.title, c.course_code, " + list("c.grades")
                    + ", coalesce(s.source_id, o.source_id), " + list("c.subjects") + ", " + list("c.subject_codes")
                    + " FROM course c LEFT JOIN academic_session y ON y.id = c.school_year_id AND y.status = 'active' "
                    + "LEFT JOIN school s ON s.id = c.school_id AND s.status = 'active' "
                    + "LEFT JOIN org o ON o.id = c.org_id AND o.status = 'active' "
                    + "WHERE c.status = 'active' AND coalesce(s.source_id, o.source_id) IS NOT NULL ORDER BY c.source_id";
            case CLASSES -> "SELECT g.source_id, " + BLANK2 + "g.title, " + list("g.grades") + ", c.source_id, "
                    + "g.class_code, g.class_type, g.location, s.source_id, t.terms, " + list("g.subjects") + ", "
                    + list("g.subject_codes") + ", " + list("g.periods") + " FROM class_group g "
                    + "JOIN course c ON c.id = g.course_id AND c.status = 'active' "
                    + "JOIN school s ON s.id = g.school_id AND s.status = 'active' "
                    + "JOIN LATERAL (SELECT string_agg(a.source_id, ',' ORDER BY a.source_id) AS terms FROM class_term ct "
                    + "JOIN academic_session a ON a.id = ct.session_id AND a.status = 'active' WHERE ct.class_id = g.id) t "
                    + "ON t.terms IS NOT NULL WHERE g.status = 'active' ORDER BY g.source_id";
            case USERS -> "SELECT p.source_id, " + BLANK2 + "p.enabled_user::text, p.username, NULL, p.given_name, "
                    + "p.family_name, p.middle_name, p.identifier, p.email, p.sms, p.phone, "
                    + "(SELECT string_agg(x.source_id, ',' ORDER BY x.source_id) FROM ("
                    + "SELECT g.source_id FROM guardianship gs JOIN person g ON g.id = gs.guardian_id AND g.status = 'active' "
                    + "WHERE gs.student_id = p.id UNION "
                    + "SELECT st.source_id FROM guardianship gs JOIN person st ON st.id = gs.student_id "
                    + "AND st.status = 'active' WHERE gs.guardian_id = p.id) x), " + list("p.grades")
                    + ", NULL, NULL, NULL, p.preferred_given_name, NULL, NULL, s.source_id, NULL FROM person p "
                    + "LEFT JOIN school s ON s.id = p.primary_school_id AND s.status = 'active' "
                    + "WHERE p.status = 'active' ORDER BY p.source_id";
            case ROLES -> "SELECT coalesce(r.source_id, r.id::text), " + BLANK2 + "p.source_id, r.role_type, r.role, "
                    + "r.begin_date::text, r.end_date::text, coalesce(s.source_id, o.source_id), NULL FROM person_role r "
                    + "JOIN person p ON p.id = r.person_id AND p.status = 'active' "
                    + "LEFT JOIN school s ON s.id = r.school_id AND s.status = 'active' "
                    + "LEFT JOIN org o ON o.id = r.org_id AND o.status = 'active' "
                    + "WHERE r.status = 'active' AND coalesce(s.source_id, o.source_id) IS NOT NULL "
                    + "ORDER BY coalesce(r.source_id, r.id::text)";
            case ENROLLMENTS -> "SELECT e.source_id, " + BLANK2 + "c.source_id, s.source_id, p.source_id, e.role, "
                    + "e.is_primary::text, e.begin_date::text, e.end_date::text FROM enrollment e "
                    + "JOIN class_group c ON c.id = e.class_id AND c.status = 'active' "
                    + "JOIN school s ON s.id = e.school_id AND s.status = 'active' "
                    + "JOIN person p ON p.id = e.person_id AND p.status = 'active' "
                    + "WHERE e.status = 'active' ORDER BY e.source_id";
            case DEMOGRAPHICS -> "SELECT p.source_id, " + BLANK2 + "d.birth_date::text, d.sex, "
                    + "NULL, NULL, NULL, NULL, NULL, NULL, NULL, d.country_of_birth, NULL, d.city_of_birth, NULL "
                    + "FROM demographics d JOIN person p ON p.id = d.person_id AND p.status = 'active' "
                    + "ORDER BY p.source_id";
        };
    }

    private static String list(String column) {
        return "nullif(array_to_string(" + column + ", ','), '')";
    }
}
