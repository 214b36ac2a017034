package fi.kasvu.platform.oneroster.rest;

import java.sql.SQLException;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;

/**
 * A small municipality's roster written straight into its schema: the district, two schools, a school year with
 * two terms and a grading period, a course with two classes, students, a teacher, a guardian and their enrollments.
 * Every sourcedId starts with the given prefix, so two municipalities' rosters can be told apart in any answer.
 */
final class RosterFixture {

    static final int STUDENTS_IN_7A = 30;

    private RosterFixture() {
    }

    static void write(TenantConnections connections, TenantId tenant, String p) throws SQLException {
        connections.withConnection(tenant, c -> {
            c.createStatement().execute(("""
                    INSERT INTO org (id, source_id, name, type, updated_at)
                      VALUES (gen_random_uuid(), '%1$s-district', '%1$s municipality', 'district', '2024-01-01T10:00:00Z');
                    INSERT INTO school (id, name, kind, source_id, org_id, updated_at)
                      VALUES (gen_random_uuid(), '%1$s Koivukylän koulu', 'BASIC', '%1$s-school-1',
                              (SELECT id FROM org WHERE source_id = '%1$s-district'), '2024-01-01T10:00:00Z'),
                             (gen_random_uuid(), '%1$s Lukio', 'UPPER_SECONDARY', '%1$s-school-2',
                              (SELECT id FROM org WHERE source_id = '%1$s-district'), '2024-01-01T10:00:00Z');
                    INSERT INTO academic_session (id, source_id, title, type, start_date, end_date, school_year)
                      VALUES (gen_random_uuid(), '%1$s-year', 'Lukuvuosi 2024-2025', 'schoolYear', '2024-08-01', '2025-07-31', 2025);
                    INSERT INTO academic_session (id, source_id, title, type, start_date, end_date, school_year, parent_id)
                      SELECT gen_random_uuid(), '%1$s-autumn', 'Syyslukukausi', 'term', '2024-08-08', '2024-12-21', 2025, id
                        FROM academic_session WHERE source_id = '%1$s-year';
                    INSERT INTO academic_session (id, source_id, title, type, start_date, end_date, school_year, parent_id)
                      SELECT gen_random_uuid(), '%1$s-spring', 'Kevätlukukausi', 'term', '2025-01-07', '2025-05-31', 2025, id
                        FROM academic_session WHERE source_id = '%1$s-year';
                    INSERT INTO academic_session (id, source_id, title, type, start_date, end_date, school_year, parent_id)
                      SELECT gen_random_uuid(), '%1$s-period-1', 'Jakso 1', 'gradingPeriod', '2024-08-08', '2024-10-15', 2025, id
                        FROM academic_session WHERE source_id = '%1$s-autumn';
                    INSERT INTO course (id, source_id, title, course_code, school_id, school_year_id, grades, subject_codes)
                      SELECT gen_random_uuid(), '%1$s-course-ma7', 'Matematiikka 7', 'MA7', s.id, y.id, '{07}', '{MA}'
                        FROM school s, academic_session y WHERE s.source_id = '%1$s-school-1' AND y.source_id = '%1$s-year';
                    INSERT INTO class_group (id, source_id, title, class_code, class_type, course_id, school_id, grades)
                      SELECT gen_random_uuid(), '%1$s-class-' || code, 'Luokka ' || code, code, 'homeroom', c.id, s.id, '{07}'
                        FROM course c, school s, (VALUES ('7A'), ('7B')) v(code)
                       WHERE c.source_id = '%1$s-course-ma7' AND s.source_id = '%1$s-school-1';
                    INSERT INTO class_term (class_id, session_id)
                      SELECT g.id, a.id FROM class_group g, academic_session a
                       WHERE g.source_id LIKE '%1$s-class-%%' AND a.source_id IN ('%1$s-autumn', '%1$s-spring');
                    INSERT INTO person (id, source_id, given_name, family_name, username, identifier, grades,
                                        primary_school_id, status, updated_at)
                      SELECT gen_random_uuid(), '%1$s-student-' || lpad(n::text, 2, '0'), 'Oppilas' || n,
                             CASE WHEN n %% 3 = 0 THEN 'Virtanen' WHEN n %% 3 = 1 THEN 'Korhonen' ELSE 'Mäkinen' END,
                             '%1$s.oppilas' || n, '1.2.246.562.24.' || (10000000000 + n), '{07}', s.id,
                             CASE WHEN n = 30 THEN 'tobedeleted' ELSE 'active' END,
                             timestamptz '2024-01-01T10:00:00Z' + n * interval '1 day'
                        FROM generate_series(1, 34) n, school s WHERE s.source_id = '%1$s-school-1';
                    INSERT INTO person (id, source_id, given_name, family_name, username, email, primary_school_id)
                      SELECT gen_random_uuid(), '%1$s-teacher-1', 'Olli', 'Opettaja', '%1$s.olli', 'olli@example.fi', s.id
                        FROM school s WHERE s.source_id = '%1$s-school-1';
                    INSERT INTO person (id, source_id, given_name, family_name)
                      VALUES (gen_random_uuid(), '%1$s-guardian-1', 'Hanna', 'Huoltaja');
                    INSERT INTO person_role (id, person_id, role, role_type, school_id)
                      SELECT gen_random_uuid(), p.id, CASE WHEN p.source_id LIKE '%%teacher%%' THEN 'teacher' ELSE 'student' END,
                             'primary', p.primary_school_id FROM person p WHERE p.primary_school_id IS NOT NULL;
                    INSERT INTO person_role (id, person_id, role, role_type, org_id)
                      SELECT gen_random_uuid(), p.id, 'guardian', 'primary', o.id FROM person p, org o
                       WHERE p.source_id = '%1$s-guardian-1' AND o.source_id = '%1$s-district';
                    INSERT INTO guardianship (guardian_id, student_id)
                      SELECT g.id, s.id FROM person g, person s
                       WHERE g.source_id = '%1$s-guardian-1' AND s.source_id = '%1$s-student-01';
                    INSERT INTO enrollment (id, source_id, class_id, person_id, school_id, role)
                      SELECT gen_random_uuid(), '%1$s-enr-' || p.source_id, g.id, p.id, g.school_id,
                             CASE WHEN p.source_id LIKE '%%teacher%%' THEN 'teacher' ELSE 'student' END
                        FROM person p, class_group g
                       WHERE (p.source_id LIKE '%1$s-student-%%' AND substring(p.source_id from '..$')::int <= 30
                              AND g.source_id = '%1$s-class-7A')
                          OR (p.source_id LIKE '%1$s-student-%%' AND substring(p.source_id from '..$')::int > 30
                              AND g.source_id = '%1$s-class-7B')
                          OR (p.source_id = '%1$s-teacher-1' AND g.source_id = '%1$s-class-7A');
                    INSERT INTO demographics (person_id, birth_date, sex, country_of_birth, city_of_birth)
                      SELECT id, date '2012-01-01' + (substring(source_id from '..$')::int) * interval '1 day', 'female',
                             'FI', 'Vantaa' FROM person WHERE source_id LIKE '%1$s-student-%%';
                    INSERT INTO person_identity_code (person_id, code)
                      SELECT id, '010112A901' || (SELECT CASE WHEN '%1$s' = 'a' THEN 'X' ELSE 'Y' END)
                        FROM person WHERE source_id = '%1$s-student-01';
                    """).formatted(p));
            return null;
        });
    }
}
