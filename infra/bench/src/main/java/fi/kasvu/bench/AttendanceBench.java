package fi.kasvu.bench;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.attendance.AttendanceMarking;
import fi.kasvu.platform.attendance.LessonMarked;
import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.lessons.NewSlot;
import fi.kasvu.platform.lessons.Timetables;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
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
 * Marking attendance at a school's scale: {@code bench.classes} classes (30) of {@code bench.class-size} students (30),
 * each with its homeroom teacher and a timetable of five lessons a day over the school year, expanded into dated
 * lessons; then {@code bench.threads} teachers (30) at once, each marking lessons of their own class again and again
 * through {@link AttendanceMarking#markLesson} as the marking page calls it: the whole class in one call, a few students
 * named late or absent, the rest present. Measures the latency of marking a whole lesson (p50, p90, p99) and the
 * throughput in lessons and student marks per second. Through the service, as signed-in teachers (access checked,
 * marks replaced, the {@link LessonMarked} event published); the HTTP and Vaadin round trip of the page is not in it.
 *
 * Two measured runs: saturated (each teacher marks again as soon as the last marking returns: the throughput) and
 * paced ({@code bench.rate} lessons per second in all, 50 by default, about ten times a large city's peak of teachers
 * marking at the start of lessons; latency counted from the scheduled moment).
 *
 * <p>Goal: in the paced run, p99 at most {@code bench.goal-p99-ms} (100 ms) with every teacher marking at once.
 */
public final class AttendanceBench {

    private final int classes = Integer.getInteger("bench.classes", 30);
    private final int classSize = Integer.getInteger("bench.class-size", 30);
    private final int threads = Integer.getInteger("bench.threads", 30);
    private final int warmupSeconds = Integer.getInteger("bench.warmup-seconds", 10);
    private final int measureSeconds = Integer.getInteger("bench.measure-seconds", 30);
    private final double goalP99 = Double.parseDouble(System.getProperty("bench.goal-p99-ms", "100"));
    /** The paced run's rate: lessons marked per second by all teachers together. */
    private final double rate = Double.parseDouble(System.getProperty("bench.rate", "50"));
    private static final Actor SEED = Actor.system("bench");

    public static void main(String[] args) {
        int exit;
        try {
            exit = new AttendanceBench().run();
        } catch (Throwable e) {
            say("ERROR " + e);
            e.printStackTrace(System.out);
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);
    }

    int run() throws Exception {
        say("Attendance benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        say(String.format("%d classes of %d students, %d teachers marking at once, warm-up %d s, measured %d s, "
                + "pool size %d", classes, classSize, threads, warmupSeconds, measureSeconds, BenchContext.poolSize()));
        try (ConfigurableApplicationContext context = BenchContext.start(WebApplicationType.NONE)) {
            long setup = System.nanoTime();
            TenantContext tenants = context.getBean(TenantContext.class);
            TenantId tenant = TenantFixture.activeMunicipality(context.getBean(TenantRegistry.class),
                    context.getBean(TenantMigrations.class), "attendance");
            List<Teacher> teachers = new ArrayList<>();
            tenants.runAs(tenant, () -> teachers.addAll(seed(context)));
            long lessons = teachers.stream().mapToLong(t -> t.lessons().size()).sum();
            say(String.format("set-up (not measured): tenant %s, %d students, %d lessons in %.1f s", tenant.slug(),
                    classes * classSize, lessons, (System.nanoTime() - setup) / 1e9));
            var marking = context.getBean(AttendanceMarking.class);
            say("warm-up (not counted): " + warmupSeconds + " s");
            load(tenants, tenant, marking, teachers, warmupSeconds, 0, false);
            say(CpuMeter.awaitQuiet());
            say("saturated: every teacher marks again as soon as the last marking returns");
            int saturated = load(tenants, tenant, marking, teachers, measureSeconds, 0, true);
            say(CpuMeter.awaitQuiet());
            say(String.format("paced: %.0f lessons/s in all, each teacher on a schedule; latency from the scheduled "
                    + "moment, so waiting behind a slow marking counts", rate));
            return Math.max(saturated, load(tenants, tenant, marking, teachers, measureSeconds, rate, true));
        }
    }

    /** A teacher signed in, the students of their class and the lessons of the class to mark. */
    record Teacher(Actor actor, List<UUID> students, List<UUID> lessons) {
    }

    private List<Teacher> seed(ConfigurableApplicationContext context) {
        var schools = context.getBean(SchoolDirectory.class);
        var calendar = context.getBean(SchoolCalendar.class);
        var classDirectory = context.getBean(ClassDirectory.class);
        var enrollments = context.getBean(EnrollmentRegister.class);
        var people = context.getBean(PersonRegister.class);
        var timetables = context.getBean(Timetables.class);
        var schedule = context.getBean(LessonSchedule.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        int endingYear = today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear();
        AcademicSessionSummary year = calendar.addSchoolYear(SEED, endingYear);
        UUID school = schools.addSchool(SEED, "Penkkikoulu", SchoolKind.BASIC).id();
        LocalTime[] starts = {LocalTime.of(8, 15), LocalTime.of(9, 15), LocalTime.of(10, 30), LocalTime.of(12, 0),
                LocalTime.of(13, 0)};
        String[] subjects = {"AI", "MA", "EN", "HI", "BI"};
        var teachers = new ArrayList<Teacher>();
        for (int c = 0; c < classes; c++) {
            String title = (1 + c % 9) + String.valueOf((char) ('A' + c / 9));
            UUID group = classDirectory.addClass(SEED, new NewClass(school, year.id(), title, ClassType.HOMEROOM,
                    Set.of(), null, null)).id();
            String account = "bench-teacher-" + c;
            UUID teacher = people.addPerson(SEED, new NewPerson("Opettaja", "Numero" + c, account + "@bench.test",
                    null, null, Role.TEACHER, school));
            people.linkAccount(SEED, teacher, account);
            enrollments.enroll(SEED, group, teacher, EnrollmentRole.TEACHER, year.startDate(), null);
            var students = new ArrayList<UUID>();
            for (int s = 0; s < classSize; s++) {
                UUID student = people.addPerson(SEED, new NewPerson("Oppilas" + s, "Luokka" + title, null,
                        LocalDate.of(2012, 1 + s % 12, 1 + s % 28), null, Role.STUDENT, school));
                enrollments.enroll(SEED, group, student, EnrollmentRole.STUDENT, year.startDate(), null);
                students.add(student);
            }
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                for (int l = 0; l < starts.length; l++) {
                    timetables.addSlot(SEED, year.id(), new NewSlot(group, day, starts[l], starts[l].plusMinutes(45),
                            subjects[(l + day.getValue()) % subjects.length], teacher, "A" + c));
                }
            }
            timetables.expandLessons(SEED, group, year.startDate());
            Actor actor = new Actor(account, "Opettaja Numero" + c, Set.of("teacher"));
            List<UUID> lessons = schedule.classLessons(actor, group, year.startDate(), year.endDate()).stream()
                    .map(Lesson::id).toList();
            teachers.add(new Teacher(actor, students, lessons));
        }
        return teachers;
    }

    /** @param pace lessons per second by all teachers together; 0 for as fast as they can */
    private int load(TenantContext tenants, TenantId tenant, AttendanceMarking marking, List<Teacher> teachers,
                     int seconds, double pace, boolean report) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] latencies = new long[threads][1_000_000 / threads];
        int[] recorded = new int[threads];
        var failed = new AtomicLong();
        var marks = new AtomicLong();
        Thread[] clients = new Thread[threads];
        CpuMeter.Snapshot cpuFrom = CpuMeter.now();
        long began = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int me = t;
            Teacher teacher = teachers.get(t % teachers.size());
            clients[t] = Thread.ofPlatform().name("bench-teacher-" + t).start(() -> tenants.runAs(tenant, () -> {
                var random = ThreadLocalRandom.current();
                long interval = pace <= 0 ? 0 : (long) (threads * 1e9 / pace);
                long scheduled = began + (interval == 0 ? 0 : random.nextLong(interval));
                while (System.nanoTime() < end && recorded[me] < latencies[me].length) {
                    if (interval > 0) {
                        long wait = scheduled - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        if (scheduled >= end) {
                            break;
                        }
                    }
                    UUID lesson = teacher.lessons().get(random.nextInt(teacher.lessons().size()));
                    Map<UUID, MarkKind> exceptions = new HashMap<>();
                    for (int i = random.nextInt(4); i > 0; i--) {
                        exceptions.put(teacher.students().get(random.nextInt(teacher.students().size())),
                                MarkKind.values()[1 + random.nextInt(MarkKind.values().length - 1)]);
                    }
                    long sent = interval > 0 ? scheduled : System.nanoTime();
                    scheduled += interval;
                    try {
                        LessonMarked marked = marking.markLesson(teacher.actor(), lesson, exceptions);
                        latencies[me][recorded[me]++] = System.nanoTime() - sent;
                        marks.addAndGet(marked.marks().size());
                        if (marked.marks().size() != classSize && failed.incrementAndGet() <= 3) {
                            say("  wrong answer: " + marked.marks().size() + " marks");
                        }
                    } catch (RuntimeException e) {
                        if (failed.incrementAndGet() <= 3) {
                            say("  marking failed: " + e);
                        }
                    }
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        double window = (System.nanoTime() - began) / 1e9;
        if (!report) {
            return 0;
        }
        long[] all = Latencies.merged(latencies, recorded);
        double p99 = Latencies.ms(all, 0.99);
        say(String.format("measured: %d lessons marked in %.1f s = %.1f lessons/s (%.0f student marks/s); latency of "
                        + "marking a whole lesson p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms; failed %d",
                all.length, window, all.length / window, marks.get() / window, Latencies.ms(all, 0.50),
                Latencies.ms(all, 0.90), p99, Latencies.maxMs(all), failed.get()));
        say("  " + CpuMeter.describe(cpuFrom, CpuMeter.now(), true));
        if (pace > 0) {
            say(String.format("GOAL %s: p99 %.2f ms (goal <= %.0f ms) at %.1f lessons/s with %d teachers marking at "
                            + "once", p99 <= goalP99 && failed.get() == 0 ? "MET" : "MISSED", p99, goalP99,
                    all.length / window, threads));
        }
        return failed.get() == 0 ? 0 : 1;
    }

    static void say(String line) {
        System.out.println("[attendance] " + line);
    }
}
