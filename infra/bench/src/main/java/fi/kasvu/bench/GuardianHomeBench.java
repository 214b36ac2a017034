package fi.kasvu.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.people.StudentNames;
import fi.kasvu.platform.school.AcademicSessionSummary;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What building a guardian's home page asks of the platform's services, Vaadin left out: for a guardian of three
 * children in three classes (of {@code bench.families} (500) such families, in {@code bench.classes} (30) classes of
 * three schools, with a teacher each), the portal frame's calls (the person behind the account, the children the
 * guardian may act for, their names) and then, for each of the three children, the access check that every card's
 * service makes before it reads ({@code StudentAccess.require}), and what every card of the page reads: today's
 * lessons and this term's absences of each child, the chosen child's latest results and grades and support overview
 * (the family's support card, an audited read), the unread count and latest threads. Set-up gives every class a
 * timetable, the last four weeks marked and ten tests with results. Each page is one guardian chosen at random, on
 * {@code bench.threads} (1, then 8) threads; goal: p99 at most {@code bench.goal-p99-ms} (50 ms).
 */
public final class GuardianHomeBench {

    private static final Actor SEED = Actor.system("bench");

    private final int families = Integer.getInteger("bench.families", 500);
    private final int classes = Integer.getInteger("bench.classes", 30);
    private final int pages = Integer.getInteger("bench.pages", 3000);
    private final double goalP99 = Double.parseDouble(System.getProperty("bench.goal-p99-ms", "50"));

    public static void main(String[] args) {
        int exit;
        try {
            exit = new GuardianHomeBench().run();
        } catch (Throwable e) {
            say("ERROR " + e);
            e.printStackTrace(System.out);
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);
    }

    int run() throws Exception {
        say("Guardian home benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        try (ConfigurableApplicationContext context = BenchContext.start(WebApplicationType.NONE)) {
            long setup = System.nanoTime();
            TenantId tenant = BenchTenants.create(context.getBean(TenantRegistry.class),
                    context.getBean(TenantMigrations.class), "koti", 1, 1, id -> { }).getFirst();
            List<Actor> guardians = seed(context, tenant);
            say(String.format("set-up (not measured): %d families of a guardian and three children in %d classes, %.1f s",
                    families, classes, (System.nanoTime() - setup) / 1e9));
            var tenants = context.getBean(TenantContext.class);
            var access = context.getBean(StudentAccess.class);
            var names = context.getBean(StudentNames.class);
            var schedule = context.getBean(fi.kasvu.platform.lessons.LessonSchedule.class);
            var records = context.getBean(fi.kasvu.platform.attendance.AttendanceRecords.class);
            var assessments = context.getBean(fi.kasvu.platform.assessment.Assessments.class);
            var gradeBook = context.getBean(fi.kasvu.platform.assessment.GradeBook.class);
            var messaging = context.getBean(fi.kasvu.platform.messages.Messaging.class);
            var support = context.getBean(fi.kasvu.platform.support.SupportDocuments.class);
            LocalDate today = LocalDate.now();
            // what the home page's frame and every card of a guardian's page ask (see the vaadin-ui cards): the
            // children and their names; today's lessons and this term's absences of each child; the chosen child's
            // latest results and grades and the overview of their support (an audited read); the guardian's unread count
            // and latest threads
            Page page = guardian -> tenants.runAs(tenant, () -> {
                access.personOf(guardian).orElseThrow();
                List<UUID> children = access.childrenOf(guardian);
                if (names.namesOf(guardian, children).size() != 3) {
                    throw new IllegalStateException("a guardian of the benchmark has not three children");
                }
                children.forEach(child -> access.require(guardian, child, "see the child's day"));
                var term = records.termOn(today);
                for (var child : records.reportableStudents(guardian)) {
                    schedule.studentLessons(guardian, child.id(), today, today);
                    term.ifPresent(t -> records.termTotals(guardian, child.id(), t.id()));
                }
                UUID chosen = children.getFirst();
                assessments.resultsOf(guardian, chosen, 5);
                gradeBook.gradesOf(guardian, chosen);
                support.familyOverview(guardian, chosen);
                messaging.unreadCount(guardian);
                messaging.inbox(guardian, 0, 5);
            });
            measure(page, guardians, pages / 3, 1, false);
            say(CpuMeter.awaitQuiet());
            boolean met = measure(page, guardians, pages, 1, true);
            met &= measure(page, guardians, pages, 8, true);
            say(met ? "goal met" : "goal missed");
            return 0;
        }
    }

    interface Page {
        void build(Actor guardian);
    }

    private boolean measure(Page page, List<Actor> guardians, int count, int threads, boolean report)
            throws InterruptedException {
        long[] times = new long[count];
        var next = new java.util.concurrent.atomic.AtomicInteger();
        var failures = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    Actor guardian = guardians.get(ThreadLocalRandom.current().nextInt(guardians.size()));
                    long start = System.nanoTime();
                    try {
                        page.build(guardian);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                    }
                    times[i] = System.nanoTime() - start;
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(times);
        double p50 = times[count / 2] / 1e6;
        double p99 = times[(int) Math.min(count - 1, Math.ceil(count * 0.99) - 1)] / 1e6;
        if (report) {
            say(String.format("%d thread(s): %d pages in %.1f s (%.0f/s), p50 %.2f ms, p99 %.2f ms, max %.2f ms, "
                            + "failures %d (goal p99 <= %.0f ms)", threads, count, seconds, count / seconds, p50, p99,
                    times[count - 1] / 1e6, failures.get(), goalP99));
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " home pages failed");
        }
        return p99 <= goalP99;
    }

    /** The families, through the platform's services as the screens make them; the guardians as actors. */
    private List<Actor> seed(ConfigurableApplicationContext context, TenantId tenant) {
        var schools = context.getBean(SchoolDirectory.class);
        var calendar = context.getBean(SchoolCalendar.class);
        var classDirectory = context.getBean(ClassDirectory.class);
        var enrollments = context.getBean(EnrollmentRegister.class);
        var people = context.getBean(PersonRegister.class);
        var guardianships = context.getBean(Guardianships.class);
        List<Actor> guardians = new ArrayList<>();
        context.getBean(TenantContext.class).runAs(tenant, () -> {
            LocalDate today = LocalDate.now();
            AcademicSessionSummary year = calendar.addSchoolYear(SEED,
                    today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear());
            List<UUID> schoolIds = List.of(schools.addSchool(SEED, "Koulu A", SchoolKind.BASIC).id(),
                    schools.addSchool(SEED, "Koulu B", SchoolKind.BASIC).id(),
                    schools.addSchool(SEED, "Koulu C", SchoolKind.BASIC).id());
            List<UUID> classIds = new ArrayList<>();
            List<UUID> teachers = new ArrayList<>();
            for (int c = 0; c < classes; c++) {
                UUID school = schoolIds.get(c % schoolIds.size());
                UUID group = classDirectory.addClass(SEED, new NewClass(school, year.id(), "L" + c, ClassType.HOMEROOM,
                        Set.of(), null, null)).id();
                UUID teacher = people.addPerson(SEED, new NewPerson("Opettaja", "L" + c, null, null, null,
                        Role.TEACHER, school));
                enrollments.enroll(SEED, group, teacher, EnrollmentRole.TEACHER, year.startDate(), null);
                classIds.add(group);
                teachers.add(teacher);
            }
            for (int f = 0; f < families; f++) {
                UUID guardian = people.addPerson(SEED, new NewPerson("Huoltaja", "Perhe" + f, null, null, null,
                        Role.GUARDIAN, schoolIds.getFirst()));
                for (int child = 0; child < 3; child++) {
                    int c = (f + child * (classes / 3 + 1)) % classes;
                    UUID pupil = people.addPerson(SEED, new NewPerson("Lapsi" + child, "Perhe" + f, null,
                            LocalDate.of(today.getYear() - 8 - child, 1 + child, 1 + f % 28), null, Role.STUDENT,
                            schoolIds.get(c % schoolIds.size())));
                    enrollments.enroll(SEED, classIds.get(c), pupil, EnrollmentRole.STUDENT, year.startDate(), null);
                    guardianships.addGuardian(SEED, guardian, pupil);
                }
                String account = "guardian-" + f;
                people.linkAccount(SEED, guardian, account);
                guardians.add(new Actor(account, "Huoltaja Perhe" + f, Set.of("guardian")));
            }
            schoolDays(context, year, classIds, teachers, today);
        });
        return guardians;
    }

    /**
     * A school year's timetable for every class (five lessons a day), the weeks so far marked (one pupil in twenty
     * absent), and ten tests a class with results, through the services, so the cards read what a real autumn holds.
     */
    private static void schoolDays(ConfigurableApplicationContext context, AcademicSessionSummary year,
                                   List<UUID> classIds, List<UUID> teachers, LocalDate today) {
        var timetables = context.getBean(fi.kasvu.platform.lessons.Timetables.class);
        var schedule = context.getBean(fi.kasvu.platform.lessons.LessonSchedule.class);
        var marking = context.getBean(fi.kasvu.platform.attendance.AttendanceMarking.class);
        var assessments = context.getBean(fi.kasvu.platform.assessment.Assessments.class);
        var random = new java.util.Random(20261129L);
        for (int c = 0; c < classIds.size(); c++) {
            UUID group = classIds.get(c);
            for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
                if (day.getValue() > 5) {
                    continue;
                }
                for (int hour = 0; hour < 5; hour++) {
                    timetables.addSlot(SEED, year.id(), new fi.kasvu.platform.lessons.NewSlot(group, day,
                            java.time.LocalTime.of(8 + hour, 0), java.time.LocalTime.of(8 + hour, 45),
                            List.of("AI", "MA", "EN", "BI", "HI").get(hour), teachers.get(c), "A" + c));
                }
            }
            timetables.expandLessons(SEED, group, year.startDate());
            LocalDate from = today.minusWeeks(4);
            for (var lesson : schedule.classLessons(SEED, group, from, today.minusDays(1))) {
                var roll = marking.rollCall(SEED, lesson.id()).students();
                var absent = new java.util.HashMap<UUID, fi.kasvu.platform.attendance.MarkKind>();
                roll.forEach(entry -> {
                    if (random.nextInt(20) == 0) {
                        absent.put(entry.studentId(), fi.kasvu.platform.attendance.MarkKind.ILLNESS);
                    }
                });
                marking.markLesson(SEED, lesson.id(), absent);
            }
            var pupils = marking.rollCall(SEED, schedule.classLessons(SEED, group, from, today).getFirst().id())
                    .students();
            for (int t = 0; t < 10; t++) {
                var test = assessments.addAssessment(SEED, new fi.kasvu.platform.assessment.NewAssessment(group,
                        "Koe " + (t + 1), today.minusDays(3L * t + 1), fi.kasvu.platform.assessment.Scale.MARKS, null,
                        null));
                assessments.recordResults(SEED, test.id(), pupils.stream().map(p -> new fi.kasvu.platform.assessment
                        .ResultEntry(p.studentId(), String.valueOf(5 + random.nextInt(6)), null)).toList());
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
