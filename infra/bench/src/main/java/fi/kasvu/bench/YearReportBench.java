package fi.kasvu.bench;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.assessment.YearReports;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Year reports (lukuvuositodistus) as PDF for a whole school: {@code bench.classes} (40) homeroom classes of
 * {@code bench.class-size} (25) students, each with year grades in 14 subjects (written with SQL), made class by
 * class through {@link YearReports#classPdf} as a principal's download would (access check, grades read and checked,
 * an audit row per student, the PDF laid out with the embedded font). Each PDF is opened afterwards (not timed) to
 * check it has a page per student.
 *
 * <p>Goal: all reports in at most {@code bench.goal-seconds} (60) seconds.
 */
public final class YearReportBench {

    private static final List<String> SUBJECTS = List.of("AI", "RU", "EN", "MA", "BI", "GE", "FY", "KE", "TE", "UE",
            "HI", "YH", "MU", "KU");

    private final int classes = Integer.getInteger("bench.classes", 40);
    private final int classSize = Integer.getInteger("bench.class-size", 25);
    private final double goalSeconds = Double.parseDouble(System.getProperty("bench.goal-seconds", "60"));

    public static void main(String[] args) {
        int exit;
        try {
            exit = new YearReportBench().run();
        } catch (Throwable e) {
            System.out.println("ERROR " + e);
            e.printStackTrace(System.out);
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);
    }

    int run() throws Exception {
        say("Year report benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        say(String.format("%d classes of %d students = %d reports, %d subjects each", classes, classSize,
                classes * classSize, SUBJECTS.size()));
        try (ConfigurableApplicationContext context = BenchContext.start(WebApplicationType.NONE)) {
            long setup = System.nanoTime();
            TenantId tenant = BenchTenants.create(context.getBean(TenantRegistry.class),
                    context.getBean(TenantMigrations.class), "reports", 1, 1, id -> { }).getFirst();
            List<UUID> classIds = seed(context.getBean(TenantConnections.class), tenant);
            say(String.format("set-up (not measured): tenant %s in %.1f s", tenant.slug(),
                    (System.nanoTime() - setup) / 1e9));
            YearReports reports = context.getBean(YearReports.class);
            TenantContext tenants = context.getBean(TenantContext.class);
            Actor principal = Actor.system("bench");
            try (var bound = tenants.bind(tenant)) {
                reports.classPdf(principal, classIds.getFirst());
                say("warm-up (not counted): one class");
                say(CpuMeter.awaitQuiet());
                var pdfs = new ArrayList<byte[]>();
                long[] perClass = new long[classIds.size()];
                CpuMeter.Snapshot cpuFrom = CpuMeter.now();
                long began = System.nanoTime();
                for (int i = 0; i < classIds.size(); i++) {
                    long start = System.nanoTime();
                    pdfs.add(reports.classPdf(principal, classIds.get(i)));
                    perClass[i] = System.nanoTime() - start;
                }
                double seconds = (System.nanoTime() - began) / 1e9;
                String cpu = CpuMeter.describe(cpuFrom, CpuMeter.now(), true);
                int pages = 0;
                long bytes = 0;
                for (byte[] pdf : pdfs) {
                    try (PDDocument document = Loader.loadPDF(pdf)) {
                        pages += document.getNumberOfPages();
                    }
                    bytes += pdf.length;
                }
                Arrays.sort(perClass);
                say(String.format("measured: %d reports (%d pages, %.1f MB of PDF) in %.2f s = %.1f reports/s; "
                                + "per class of %d: median %.0f ms, max %.0f ms", classes * classSize, pages,
                        bytes / 1e6, seconds, classes * classSize / seconds, classSize,
                        perClass[perClass.length / 2] / 1e6, perClass[perClass.length - 1] / 1e6));
                say("  " + cpu);
                boolean right = pages == classes * classSize;
                if (!right) {
                    say("WRONG: " + pages + " pages, expected " + classes * classSize);
                }
                say(String.format("GOAL %s: %d year reports in %.2f s (goal <= %.0f s)",
                        seconds <= goalSeconds && right ? "MET" : "MISSED", classes * classSize, seconds, goalSeconds));
                return right ? 0 : 1;
            }
        }
    }

    private List<UUID> seed(TenantConnections connections, TenantId tenant) throws Exception {
        return connections.withConnection(tenant, c -> {
            var sql = c.createStatement();
            sql.execute(("""
                    INSERT INTO school (id, name, kind, source_id) VALUES (gen_random_uuid(), 'Benchin yhtenäiskoulu', 'BASIC', 'school-1');
                    INSERT INTO academic_session (id, source_id, title, type, start_date, end_date, school_year)
                      VALUES (gen_random_uuid(), 'year-2026', 'Lukuvuosi 2025-2026', 'schoolYear', '2025-08-01', '2026-07-31', 2026);
                    INSERT INTO course (id, source_id, title, school_id, school_year_id, course_code)
                      SELECT gen_random_uuid(), 'course-1', 'Luokat', s.id, y.id, 'HOMEROOM' FROM school s, academic_session y;
                    INSERT INTO class_group (id, source_id, title, class_type, course_id, school_id, grades)
                      SELECT gen_random_uuid(), 'class-' || n, (7 + n %% 3) || chr(65 + n / 3), 'homeroom', c.id,
                             c.school_id, ARRAY[(7 + n %% 3)::text]
                        FROM course c, generate_series(0, %1$d - 1) n;
                    INSERT INTO person (id, source_id, given_name, family_name, primary_school_id)
                      SELECT gen_random_uuid(), 'student-' || n, (ARRAY['Aino','Väinö','Åsa','Eetu','Helmi','Öhman'])[1 + n %% 6],
                             'Mäkelä-' || n, s.id FROM generate_series(0, %1$d * %2$d - 1) n, school s;
                    INSERT INTO person (id, source_id, given_name, family_name, primary_school_id)
                      SELECT gen_random_uuid(), 'principal', 'Riikka', 'Rehtori', id FROM school;
                    INSERT INTO person_role (id, person_id, role, role_type, school_id)
                      SELECT gen_random_uuid(), p.id, 'principal', 'primary', p.primary_school_id FROM person p
                       WHERE p.source_id = 'principal';
                    INSERT INTO enrollment (id, source_id, class_id, person_id, school_id, role)
                      SELECT gen_random_uuid(), 'enr-' || p.source_id, g.id, p.id, g.school_id, 'student'
                        FROM person p JOIN class_group g ON g.source_id = 'class-' || (substring(p.source_id from 9)::int / %2$d)
                       WHERE p.source_id LIKE 'student-%%';
                    INSERT INTO grade (id, student_id, subject_code, kind, session_id, school_year_id, class_id,
                                       grade_level, score, recorded_by)
                      SELECT gen_random_uuid(), e.person_id, sub.code, 'YEAR', y.id, y.id, e.class_id, 8,
                             4 + (abs(hashtext(e.person_id::text || sub.code)) %% 7), 'bench'
                        FROM enrollment e, academic_session y, unnest(ARRAY['%3$s']) sub(code)
                       WHERE y.type = 'schoolYear';
                    ANALYZE;
                    """).formatted(classes, classSize, String.join("','", SUBJECTS)));
            var ids = new ArrayList<UUID>();
            try (var rows = sql.executeQuery("SELECT id FROM class_group ORDER BY source_id")) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
