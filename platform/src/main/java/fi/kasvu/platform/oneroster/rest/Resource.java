package fi.kasvu.platform.oneroster.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of OneRoster records and where they come from in the tenant's schema: a base query whose columns carry
 * the OneRoster field names (double-quoted) plus internal ones in snake case used only to scope nested endpoints.
 * Filters, sorts and field selections are checked against {@link #fields}; nothing else reaches SQL.
 */
enum Resource implements RecordKind {

    ORGS("orgs", "org", """
            SELECT o.id, o.source_id AS "sourcedId", o.status AS "status", o.updated_at AS "dateLastModified",
                   o.name AS "name", o.type AS "type", o.identifier AS "identifier", par.source_id AS "parent.sourcedId",
                   ARRAY(SELECT k.source_id FROM (SELECT c.source_id FROM org c WHERE c.parent_id = o.id
                         UNION ALL SELECT s.source_id FROM school s WHERE s.org_id = o.id) k ORDER BY 1) AS "children"
              FROM org o LEFT JOIN org par ON par.id = o.parent_id
            UNION ALL
            SELECT s.id, s.source_id, s.status, s.updated_at, s.name, 'school', s.identifier, par.source_id,
                   ARRAY[]::text[]
              FROM school s LEFT JOIN org par ON par.id = s.org_id""",
            List.of(Field.text("name"), Field.text("type"), Field.text("identifier"), Field.output("parent"),
                    Field.output("children"), Field.text("parent.sourcedId"))),

    ACADEMIC_SESSIONS("academicSessions", "academicSession", """
            SELECT a.id, a.source_id AS "sourcedId", a.status AS "status", a.updated_at AS "dateLastModified",
                   a.title AS "title", a.type AS "type", a.start_date AS "startDate", a.end_date AS "endDate",
                   a.school_year::text AS "schoolYear", par.source_id AS "parent.sourcedId",
                   ARRAY(SELECT c.source_id FROM academic_session c WHERE c.parent_id = a.id
                         ORDER BY c.start_date, c.source_id) AS "children",
                   (SELECT d.source_id FROM org d WHERE d.type = 'district' ORDER BY d.source_id LIMIT 1) AS "org.sourcedId"
              FROM academic_session a LEFT JOIN academic_session par ON par.id = a.parent_id""",
            List.of(Field.text("title"), Field.text("type"), Field.date("startDate"), Field.date("endDate"),
                    Field.text("schoolYear"), Field.output("parent"), Field.output("children"), Field.output("org"),
                    Field.text("parent.sourcedId"))),

    COURSES("courses", "course", """
            SELECT c.id, c.source_id AS "sourcedId", c.status AS "status", c.updated_at AS "dateLastModified",
                   c.title AS "title", c.course_code AS "courseCode", c.grades AS "grades", c.subjects AS "subjects",
                   c.subject_codes AS "subjectCodes", sy.source_id AS "schoolYear.sourcedId",
                   COALESCE(s.source_id, o.source_id) AS "org.sourcedId", c.school_id AS school_uuid
              FROM course c LEFT JOIN academic_session sy ON sy.id = c.school_year_id
                   LEFT JOIN school s ON s.id = c.school_id LEFT JOIN org o ON o.id = c.org_id""",
            List.of(Field.text("title"), Field.output("schoolYear"), Field.text("courseCode"), Field.list("grades"),
                    Field.list("subjects"), Field.output("org"), Field.list("subjectCodes"),
                    Field.text("schoolYear.sourcedId"), Field.text("org.sourcedId"))),

    CLASSES("classes", "class", """
            SELECT g.id, g.source_id AS "sourcedId", g.status AS "status", g.updated_at AS "dateLastModified",
                   g.title AS "title", g.class_code AS "classCode", g.class_type AS "classType",
                   g.location AS "location", g.grades AS "grades", g.subjects AS "subjects",
                   g.subject_codes AS "subjectCodes", g.periods AS "periods", co.source_id AS "course.sourcedId",
                   s.source_id AS "school.sourcedId",
                   ARRAY(SELECT a.source_id FROM class_term ct JOIN academic_session a ON a.id = ct.session_id
                         WHERE ct.class_id = g.id ORDER BY a.start_date, a.source_id) AS "terms",
                   g.school_id AS school_uuid, g.course_id AS course_uuid
              FROM class_group g JOIN course co ON co.id = g.course_id JOIN school s ON s.id = g.school_id""",
            List.of(Field.text("title"), Field.text("classCode"), Field.text("classType"), Field.text("location"),
                    Field.list("grades"), Field.list("subjects"), Field.output("course"), Field.output("school"),
                    Field.output("terms"), Field.list("subjectCodes"), Field.list("periods"),
                    Field.text("course.sourcedId"), Field.text("school.sourcedId"))),

    USERS("users", "user", """
            SELECT p.id, p.source_id AS "sourcedId", p.status AS "status", p.updated_at AS "dateLastModified",
                   p.username AS "username", p.enabled_user AS "enabledUser", p.given_name AS "givenName",
                   p.family_name AS "familyName", p.middle_name AS "middleName",
                   p.preferred_given_name AS "preferredFirstName", p.identifier AS "identifier", p.email AS "email",
                   p.sms AS "sms", p.phone AS "phone", p.grades AS "grades", ps.source_id AS "primaryOrg.sourcedId",
                   (SELECT json_agg(json_build_object('roleType', pr.role_type, 'role', pr.role,
                           'org', COALESCE(rs.source_id, ro.source_id), 'beginDate', pr.begin_date,
                           'endDate', pr.end_date) ORDER BY pr.role_type, pr.role, rs.source_id, ro.source_id)
                      FROM person_role pr LEFT JOIN school rs ON rs.id = pr.school_id LEFT JOIN org ro ON ro.id = pr.org_id
                     WHERE pr.person_id = p.id)::text AS "roles",
                   ARRAY(SELECT k.source_id FROM (
                           SELECT g.source_id FROM guardianship gs JOIN person g ON g.id = gs.guardian_id
                             LEFT JOIN demographics d ON d.person_id = gs.student_id
                            WHERE gs.student_id = p.id AND (gs.allowed_by_student_at IS NOT NULL
                                  OR d.birth_date IS NULL OR d.birth_date > current_date - interval '18 years')
                           UNION
                           SELECT s.source_id FROM guardianship gs JOIN person s ON s.id = gs.student_id
                             LEFT JOIN demographics d ON d.person_id = gs.student_id
                            WHERE gs.guardian_id = p.id AND (gs.allowed_by_student_at IS NOT NULL
                                  OR d.birth_date IS NULL OR d.birth_date > current_date - interval '18 years')
                         ) k ORDER BY 1) AS "agents"
              FROM person p LEFT JOIN school ps ON ps.id = p.primary_school_id""",
            List.of(Field.text("username"), Field.bool("enabledUser"), Field.text("givenName"),
                    Field.text("familyName"), Field.text("middleName"), Field.text("preferredFirstName"),
                    Field.output("roles"), Field.output("agents"), Field.output("primaryOrg"),
                    Field.text("identifier"), Field.text("email"), Field.text("sms"), Field.text("phone"),
                    Field.list("grades"), Field.text("primaryOrg.sourcedId"))),

    ENROLLMENTS("enrollments", "enrollment", """
            SELECT e.id, e.source_id AS "sourcedId", e.status AS "status", e.updated_at AS "dateLastModified",
                   e.role AS "role", e.is_primary AS "primary", e.begin_date AS "beginDate", e.end_date AS "endDate",
                   p.source_id AS "user.sourcedId", g.source_id AS "class.sourcedId", s.source_id AS "school.sourcedId",
                   e.class_id AS class_uuid, e.school_id AS school_uuid, e.person_id AS person_uuid
              FROM enrollment e JOIN person p ON p.id = e.person_id JOIN class_group g ON g.id = e.class_id
                   JOIN school s ON s.id = e.school_id""",
            List.of(Field.output("user"), Field.output("class"), Field.output("school"), Field.text("role"),
                    Field.bool("primary"), Field.date("beginDate"), Field.date("endDate"),
                    Field.text("user.sourcedId"), Field.text("class.sourcedId"), Field.text("school.sourcedId"))),

    DEMOGRAPHICS("demographics", "demographics", """
            SELECT p.id, p.source_id AS "sourcedId", p.status AS "status", d.updated_at AS "dateLastModified",
                   d.birth_date AS "birthDate", d.sex AS "sex", d.country_of_birth AS "countryOfBirthCode",
                   d.city_of_birth AS "cityOfBirth"
              FROM demographics d JOIN person p ON p.id = d.person_id""",
            List.of(Field.date("birthDate"), Field.text("sex"), Field.text("countryOfBirthCode"),
                    Field.text("cityOfBirth")));

    private final String collection;
    private final String single;
    private final String baseQuery;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    Resource(String collection, String single, String baseQuery, List<Field> own) {
        this.collection = collection;
        this.single = single;
        this.baseQuery = baseQuery;
        for (Field common : List.of(Field.text("sourcedId"), Field.text("status"), Field.timestamp("dateLastModified"))) {
            fields.put(common.name(), common);
        }
        own.forEach(field -> fields.put(field.name(), field));
    }

    @Override
    public String collection() {
        return collection;
    }

    /** {@code demographics} for both. */
    @Override
    public String single() {
        return single;
    }

    @Override
    public String baseQuery() {
        return baseQuery;
    }

    @Override
    public Map<String, Field> fields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    @Override
    public Map<String, Object> represent(java.sql.ResultSet row, Representation representation)
            throws java.sql.SQLException {
        return representation.of(this, row);
    }

    @Override
    public String auditAction() {
        return this == DEMOGRAPHICS ? RosterReader.DEMOGRAPHICS_READ : null;
    }
}
