package fi.kasvu.bench;

import java.sql.SQLException;
import java.util.List;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;

/**
 * A municipality's school structure made in SQL, set-based (one statement per table, as a bulk import writes it): of
 * {@code people} persons, 80 % pupils in classes of 25, 5 % staff (teachers with a class each, a principal per school)
 * and 15 % guardians of a pupil each; a school per 8,000 people. Names come from common Finnish and Swedish names.
 * Staff and guardians have accounts {@code <kind>-<n>}. Ends with ANALYZE, as a bulk import should: the indexer's
 * reads of fresh tables without statistics would be planned as if they were empty.
 */
final class BenchRoster {

    static final List<String> GIVEN = List.of("Aino", "Eetu", "Ella", "Onni", "Venla", "Elias", "Helmi", "Leo",
            "Sofia", "Oliver", "Aada", "Väinö", "Linnea", "Eino", "Ilona", "Oskar", "Saara", "Juho", "Emma", "Lauri",
            "Matilda", "Aleksi", "Isla", "Niilo", "Pihla", "Toivo", "Kerttu", "Eemil", "Siiri", "Hugo");
    static final List<String> FAMILY = List.of("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen",
            "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen",
            "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen",
            "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen", "Lindqvist", "Åström",
            "Sjöberg", "Holmström", "Lindholm", "Eriksson", "Björklund", "Grönroos", "Wikström", "Nyström");

    private BenchRoster() {
    }

    static void fill(TenantConnections connections, TenantId tenant, int people) {
        int pupils = people * 80 / 100;
        int staff = Math.max(people * 5 / 100, 1);
        int guardians = people - pupils - staff;
        int schools = Math.max(1, people / 8000);
        int classes = Math.max(1, pupils / 25);
        String given = array(GIVEN);
        String family = array(FAMILY);
        try {
            connections.withConnection(tenant, connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("""
                            CREATE TEMP TABLE bench_school AS SELECT n, gen_random_uuid() AS id FROM generate_series(0, %1$d - 1) n;
                            INSERT INTO school (id, name, kind) SELECT id, 'Koulu ' || (%2$s)[n %% 40 + 1] || ' ' || n, 'BASIC' FROM bench_school;
                            CREATE TEMP TABLE bench_class AS SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS course,
                              (SELECT id FROM bench_school WHERE bench_school.n = c.n %% %1$d) AS school FROM generate_series(0, %3$d - 1) c(n);
                            INSERT INTO course (id, source_id, title, school_id) SELECT course, course::text, 'Luokka ' || n, school FROM bench_class;
                            INSERT INTO class_group (id, source_id, title, class_code, class_type, course_id, school_id)
                              SELECT id, id::text, (n %% 9 + 1) || chr(65 + n / 9 %% 6) || n, (n %% 9 + 1) || chr(65 + n / 9 %% 6), 'homeroom', course, school FROM bench_class;
                            CREATE TEMP TABLE bench_person AS SELECT n, gen_random_uuid() AS id,
                              CASE WHEN n < %4$d THEN 'pupil' WHEN n < %4$d + %5$d THEN 'staff' ELSE 'guardian' END AS kind
                              FROM generate_series(0, %6$d - 1) n;
                            INSERT INTO person (id, source_id, given_name, family_name, account_id)
                              SELECT id, id::text, (%7$s)[n %% 30 + 1], (%2$s)[(n / 30) %% 40 + 1],
                                     CASE WHEN kind = 'pupil' THEN NULL ELSE kind || '-' || n END FROM bench_person;
                            INSERT INTO demographics (person_id, birth_date)
                              SELECT id, current_date - (7 + n %% 9) * 365 FROM bench_person WHERE kind = 'pupil';
                            INSERT INTO person_role (id, person_id, role, role_type, school_id)
                              SELECT gen_random_uuid(), p.id, CASE p.kind WHEN 'pupil' THEN 'student' WHEN 'guardian' THEN 'guardian'
                                     ELSE CASE WHEN p.n - %4$d < %1$d THEN 'principal' ELSE 'teacher' END END, 'primary', c.school
                              FROM bench_person p JOIN bench_class c ON c.n = p.n %% %3$d;
                            INSERT INTO enrollment (id, source_id, class_id, person_id, school_id, role)
                              SELECT e, e::text, c.id, p.id, c.school, CASE p.kind WHEN 'pupil' THEN 'student' ELSE 'teacher' END
                              FROM (SELECT *, gen_random_uuid() AS e FROM bench_person WHERE kind <> 'guardian') p
                              JOIN bench_class c ON c.n = p.n %% %3$d;
                            INSERT INTO guardianship (guardian_id, student_id)
                              SELECT g.id, p.id FROM bench_person g JOIN bench_person p ON p.n = (g.n - %4$d - %5$d) %% %4$d
                              WHERE g.kind = 'guardian';
                            DROP TABLE bench_school, bench_class, bench_person;
                            ANALYZE;
                            """.formatted(schools, family, classes, pupils, staff, people, given));
                }
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("making the bench roster of " + tenant + " failed: " + e.getMessage(), e);
        }
    }

    private static String array(List<String> values) {
        return "ARRAY[" + String.join(", ", values.stream().map(value -> "'" + value + "'").toList()) + "]";
    }
}
