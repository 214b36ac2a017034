package fi.kasvu.platform.attendance;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.demo.DemoData;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.lessons.NewSlot;
import fi.kasvu.platform.lessons.SchoolHolidays;
import fi.kasvu.platform.lessons.Timetables;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.AcademicSessionSummary;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassQuery;
import fi.kasvu.platform.school.ClassSummary;
import fi.kasvu.platform.school.EnrollmentQuery;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.EnrollmentSummary;
import fi.kasvu.platform.school.Paging;
import fi.kasvu.platform.school.SchoolCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's school life: the school year's holidays (autumn, Christmas, winter and Easter breaks, single days, the
 * summer), a weekly timetable for each demo class and teaching group over the whole year, the marks of the past three
 * weeks (a few students late, ill or away), a guardian's report of an illness ahead and one pending leave application.
 * The guardian of 7B's first pupil gets the account id {@code demo-guardian}, so that the application has an applicant.
 */
@Component
class AttendanceDemo implements DemoData {

    static final String DEMO_GUARDIAN = "demo-guardian";
    private static final Actor SEED = Actor.system("demo");
    private static final List<String> SUBJECTS = List.of("AI", "MA", "EN", "RU", "BI", "HI", "LI", "KU", "MU", "KS");
    private static final LocalTime[] STARTS = {LocalTime.of(8, 15), LocalTime.of(9, 15), LocalTime.of(10, 30),
            LocalTime.of(12, 0), LocalTime.of(13, 0)};

    private final SchoolCalendar calendar;
    private final ClassDirectory classes;
    private final EnrollmentRegister enrollments;
    private final SchoolHolidays holidays;
    private final Timetables timetables;
    private final LessonSchedule schedule;
    private final AttendanceMarking marking;
    private final AbsenceReporting reporting;
    private final LeaveApplications leave;
    private final Guardianships guardianships;
    private final PersonRegister people;
    private final Clock clock;

    AttendanceDemo(SchoolCalendar calendar, ClassDirectory classes, EnrollmentRegister enrollments,
                   SchoolHolidays holidays, Timetables timetables, LessonSchedule schedule, AttendanceMarking marking,
                   AbsenceReporting reporting, LeaveApplications leave, Guardianships guardianships,
                   PersonRegister people, Clock clock) {
        this.calendar = calendar;
        this.classes = classes;
        this.enrollments = enrollments;
        this.holidays = holidays;
        this.timetables = timetables;
        this.schedule = schedule;
        this.marking = marking;
        this.reporting = reporting;
        this.leave = leave;
        this.guardianships = guardianships;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional
    public void seed() {
        LocalDate today = LocalDate.now(clock);
        AcademicSessionSummary year = calendar.schoolYears(SEED).stream().filter(y -> y.includes(today)).findFirst()
                .orElseThrow();
        addHolidays(year);
        List<ClassSummary> groups = classes.classes(SEED, new ClassQuery(null, year.id(), null, null), Paging.first(100));
        for (ClassSummary group : groups) {
            timetable(year, group);
            timetables.expandLessons(SEED, group.id(), year.startDate());
        }
        for (ClassSummary group : groups) {
            markPastWeeks(group, today);
        }
        applicationAndReport(groups, today);
    }

    private void addHolidays(AcademicSessionSummary year) {
        int autumn = year.startDate().getYear();
        int spring = year.endDate().getYear();
        LocalDate schoolStarts = LocalDate.of(autumn, 8, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                .plusWeeks(1).plusDays(2);
        holidays.addHoliday(SEED, null, "Kesäloma", year.startDate(), schoolStarts.minusDays(1));
        holidays.addHoliday(SEED, null, "Syysloma", week(autumn, 42), week(autumn, 42).plusDays(4));
        holidays.addHoliday(SEED, null, "Itsenäisyyspäivä", LocalDate.of(autumn, 12, 6), null);
        holidays.addHoliday(SEED, null, "Joululoma", LocalDate.of(autumn, 12, 22), LocalDate.of(spring, 1, 6));
        holidays.addHoliday(SEED, null, "Talviloma", week(spring, 8), week(spring, 8).plusDays(4));
        LocalDate easter = easter(spring);
        holidays.addHoliday(SEED, null, "Pääsiäinen", easter.minusDays(2), easter.plusDays(1));
        holidays.addHoliday(SEED, null, "Vappu", LocalDate.of(spring, 5, 1), null);
        holidays.addHoliday(SEED, null, "Helatorstai", easter.plusDays(39), null);
        LocalDate schoolEnds = LocalDate.of(spring, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        holidays.addHoliday(SEED, null, "Kesäloma", schoolEnds, year.endDate());
    }

    /**
     * A homeroom class has one or two lessons a day at hours at least an hour apart; a teaching group three a week at
     * 14:00, after its pupils' homeroom lessons, so no pupil or teacher has two lessons at once.
     */
    private void timetable(AcademicSessionSummary year, ClassSummary group) {
        UUID teacher = members(group.id(), EnrollmentRole.TEACHER).stream().findFirst().orElse(null);
        int seed = Math.abs(group.title().hashCode());
        for (int day = 1; day <= 5; day++) {
            boolean teachingGroup = group.subjectCode() != null;
            int lessons = teachingGroup ? day % 2 : 1 + (seed + day) % 2;
            for (int i = 0; i < lessons; i++) {
                LocalTime start = teachingGroup ? LocalTime.of(14, 0) : STARTS[(seed + day + 2 * i) % STARTS.length];
                String subject = teachingGroup ? null : SUBJECTS.get((seed + 3 * day + i) % SUBJECTS.size());
                timetables.addSlot(SEED, year.id(), new NewSlot(group.id(), DayOfWeek.of(day), start,
                        start.plusMinutes(45), subject, teacher, "A" + (100 + seed % 40)));
            }
        }
    }

    /** The lessons of the past three weeks, marked: about one student-lesson in twelve not simply present. */
    private void markPastWeeks(ClassSummary group, LocalDate today) {
        List<UUID> pupils = members(group.id(), EnrollmentRole.STUDENT);
        int n = 0;
        for (Lesson lesson : schedule.classLessons(SEED, group.id(), today.minusWeeks(3), today.minusDays(1))) {
            var exceptions = new LinkedHashMap<UUID, MarkKind>();
            for (UUID pupil : pupils) {
                n++;
                if (n % 12 == 0) {
                    exceptions.put(pupil, List.of(MarkKind.LATE, MarkKind.ILLNESS, MarkKind.ABSENT_UNEXPLAINED,
                            MarkKind.ABSENT_EXPLAINED).get((n / 12) % 4));
                }
            }
            marking.markLesson(SEED, lesson.id(), exceptions);
        }
    }

    private void applicationAndReport(List<ClassSummary> groups, LocalDate today) {
        groups.stream().filter(g -> g.title().equals("7B")).findFirst().ifPresent(seventh -> {
            List<UUID> pupils = members(seventh.id(), EnrollmentRole.STUDENT);
            if (pupils.size() < 2) {
                return;
            }
            UUID guardian = guardianships.guardiansOf(SEED, pupils.getFirst()).getFirst().guardianId();
            people.linkAccount(SEED, guardian, DEMO_GUARDIAN);
            Actor parent = new Actor(DEMO_GUARDIAN, "Huoltaja (demo)", Set.of("guardian"));
            LocalDate first = today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            leave.apply(parent, new NewLeaveApplication(pupils.getFirst(), first, first.plusDays(2),
                    "Perheen matka isovanhempien luo"));
            LocalDate tomorrow = today.plusDays(1);
            reporting.reportAbsence(parent, new NewAbsenceReport(pupils.getFirst(), tomorrow, tomorrow, Set.of(),
                    AbsenceReason.ILLNESS, "Kuumetta"));
        });
    }

    private List<UUID> members(UUID group, EnrollmentRole role) {
        return enrollments.enrollments(SEED, new EnrollmentQuery(group, null, null, role, null), Paging.first(200))
                .stream().map(EnrollmentSummary::personId).toList();
    }

    private static LocalDate week(int year, int week) {
        return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** Easter Sunday (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

}
