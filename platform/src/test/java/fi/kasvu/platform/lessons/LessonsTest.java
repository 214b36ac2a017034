package fi.kasvu.platform.lessons;

import static fi.kasvu.platform.lessons.FixedSchoolDay.TODAY;
import static fi.kasvu.platform.lessons.LessonsFixture.GUARDIAN;
import static fi.kasvu.platform.lessons.LessonsFixture.MATHS_TEACHER;
import static fi.kasvu.platform.lessons.LessonsFixture.OTHER_TEACHER;
import static fi.kasvu.platform.lessons.LessonsFixture.PRINCIPAL;
import static fi.kasvu.platform.lessons.LessonsFixture.PUPIL;
import static fi.kasvu.platform.lessons.LessonsFixture.TEACHER;
import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.attendance.AttendanceMarking;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The timetable, its expansion into dated lessons around weekends and holidays, and who sees which lessons. */
@PlatformTest
@Import(FixedSchoolDay.class)
class LessonsTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Guardianships guardianships;
    @Autowired Timetables timetables;
    @Autowired SchoolHolidays holidays;
    @Autowired LessonSchedule schedule;
    @Autowired AttendanceMarking marking;

    TenantContext.Binding bound;
    LessonsFixture f;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "lahti"));
        f = new LessonsFixture(schools, calendar, classes, enrollments, people, guardianships, timetables, holidays);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void theTimetableExpandsIntoTheTermsWeekdaysSkippingTheHolidays() {
        var mondays = schedule.classLessons(CITY_ADMIN, f.class8a, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31));

        assertThat(mondays).allSatisfy(lesson -> {
            assertThat(lesson.day().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(lesson.start()).isEqualTo(LocalTime.of(8, 15));
            assertThat(lesson.subjectCode()).isEqualTo("AI");
            assertThat(lesson.teacherName()).isEqualTo("Outi Opettaja");
            assertThat(lesson.minutes()).isEqualTo(45);
        });
        assertThat(mondays.getFirst().day()).isEqualTo(LocalDate.of(2026, 8, 3));
        assertThat(mondays.getLast().day()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(mondays).extracting(Lesson::day).doesNotContain(LocalDate.of(2026, 10, 19))
                .contains(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 26));
        assertThat(mondays).hasSize(22 - 1);
        var maths = schedule.classLessons(CITY_ADMIN, f.maths8a, TODAY, TODAY);
        assertThat(maths).singleElement().extracting(Lesson::subjectCode).isEqualTo("MA");
    }

    @Test
    void reexpandingReplacesTheUnmarkedLessonsFromTodayAndNeverLosesAMarkedOne() {
        Lesson past = lessonOn(f.class8a, LocalDate.of(2026, 9, 28));
        Lesson future = lessonOn(f.class8a, LocalDate.of(2026, 10, 12));
        marking.markLesson(TEACHER, past.id(), Map.of());
        marking.markLesson(TEACHER, future.id(), Map.of());
        Lesson unmarkedPast = lessonOn(f.class8a, LocalDate.of(2026, 9, 21));
        UUID slot = timetables.timetable(CITY_ADMIN, f.class8a, f.autumn).getFirst().id();

        timetables.removeSlot(PRINCIPAL, slot);
        timetables.addSlot(PRINCIPAL, f.autumn, new NewSlot(f.class8a, DayOfWeek.TUESDAY, LocalTime.of(12, 0),
                LocalTime.of(12, 45), "EN", f.outi, "B2"));

        var lessons = schedule.classLessons(CITY_ADMIN, f.class8a, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31));
        assertThat(lessons).extracting(Lesson::id).contains(past.id(), future.id(), unmarkedPast.id());
        assertThat(lessons).filteredOn(l -> l.day().isAfter(TODAY.minusDays(1)) && !l.marked())
                .isNotEmpty().allSatisfy(l -> assertThat(l.day().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY));
        assertThat(lessons).filteredOn(l -> l.day().isBefore(TODAY))
                .allSatisfy(l -> assertThat(l.day().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(lessonOn(f.class8a, LocalDate.of(2026, 10, 12)).subjectCode()).isEqualTo("AI");
    }

    @Test
    void aHolidayAddedTakesItsLessonsAwayAndRemovedBringsThemBack() {
        LocalDate independenceWeek = LocalDate.of(2026, 12, 7);
        assertThat(schedule.classLessons(CITY_ADMIN, f.class8a, independenceWeek, independenceWeek)).hasSize(1);

        Holiday ownDay = holidays.addHoliday(PRINCIPAL, f.school.ownSchool, "Koulun juhlapäivä", independenceWeek, null);

        assertThat(schedule.classLessons(CITY_ADMIN, f.class8a, independenceWeek, independenceWeek)).isEmpty();
        assertThat(holidays.holidays(f.school.ownSchool)).extracting(Holiday::name).containsExactly("Syysloma",
                "Koulun juhlapäivä");
        assertThat(holidays.holidays(f.school.otherSchool)).extracting(Holiday::name).containsExactly("Syysloma");
        assertThatThrownBy(() -> holidays.addHoliday(PRINCIPAL, f.school.otherSchool, "Vieras", independenceWeek, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> holidays.addHoliday(PRINCIPAL, null, "Koko kunta", independenceWeek, null))
                .isInstanceOf(AccessRefusedException.class);

        holidays.removeHoliday(PRINCIPAL, ownDay.id());

        assertThat(schedule.classLessons(CITY_ADMIN, f.class8a, independenceWeek, independenceWeek)).hasSize(1);
    }

    @Test
    void badSlotsAreRefusedNamingTheFieldAndWriteNothing() {
        assertRefused(new NewSlot(f.class8a, DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), "MA", null,
                null), "weekday");
        assertRefused(new NewSlot(f.class8a, DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(8, 0), "MA", null,
                null), "end");
        assertRefused(new NewSlot(f.class8a, DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), "XX", null,
                null), "subjectCode");
        assertRefused(new NewSlot(f.class8a, DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), null, null,
                null), "subjectCode");
        assertRefused(new NewSlot(f.class8a, DayOfWeek.MONDAY, LocalTime.of(8, 30), LocalTime.of(9, 15), "MA", null,
                null), "start");
        assertRefused(new NewSlot(f.class8a, DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), "MA",
                UUID.randomUUID(), null), "teacher");
        assertRefused(new NewSlot(f.school.class7b, DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), "MA",
                null, null), "session");
        assertThatThrownBy(() -> timetables.addSlot(OTHER_TEACHER, f.autumn, new NewSlot(f.class8a, DayOfWeek.TUESDAY,
                LocalTime.of(8, 0), LocalTime.of(9, 0), "MA", null, null))).isInstanceOf(AccessRefusedException.class);
        assertThat(timetables.timetable(CITY_ADMIN, f.class8a, f.autumn)).hasSize(1);
    }

    @Test
    void aTimetableFileIsImportedWhollyOrNotAtAllAndEachProblemNamesItsRowAndColumn() {
        String bad = """
                class;weekday;start;end;subject;teacher;room
                8A;ma;08:15;09:00;AI;outi@kunta.test;A1
                8A;la;09:00;09:45;MA;;A1
                9Z;ti;09:00;09:45;MA;;A1
                8A;ti;10.00;9.00;MA;;A1
                8A MA;ke;08:15;09:00;;nobody@kunta.test;A2
                """;
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(TimetableImportRefused.class,
                () -> timetables.importCsv(PRINCIPAL, f.school.ownSchool, f.autumn, bad));
        assertThat(refused.problems()).containsExactly(
                new CsvProblem(3, "weekday", "lessons are held from Monday to Friday"),
                new CsvProblem(4, "class", "the school has no class or teaching group called 9Z in Syyslukukausi 2026"),
                new CsvProblem(5, "end", "a lesson ends after it starts"),
                new CsvProblem(6, "teacher", "no person has the email address nobody@kunta.test"));
        assertThat(timetables.timetable(CITY_ADMIN, f.class8a, f.autumn)).extracting(TimetableSlot::weekday)
                .containsExactly(DayOfWeek.MONDAY);

        var imported = timetables.importCsv(PRINCIPAL, f.school.ownSchool, f.autumn, """
                class,weekday,start,end,subject,teacher,room
                8A,2,08:15,09:00,EN,outi@kunta.test,A1
                8A,4,"9.00",09:45,HI,,"B 2"
                """);

        assertThat(imported.classes()).isEqualTo(1);
        assertThat(imported.slots()).isEqualTo(2);
        assertThat(timetables.timetable(CITY_ADMIN, f.class8a, f.autumn)).extracting(TimetableSlot::weekday,
                TimetableSlot::subjectCode, TimetableSlot::room).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, "EN", "A1"),
                org.assertj.core.groups.Tuple.tuple(DayOfWeek.THURSDAY, "HI", "B 2"));
        assertThat(schedule.classLessons(CITY_ADMIN, f.class8a, TODAY, TODAY.plusDays(7))).extracting(Lesson::day)
                .containsExactly(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 13));
        assertThatThrownBy(() -> timetables.importCsv(PRINCIPAL, f.school.otherSchool, f.autumn, bad))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void eachPersonSeesTheLessonsTheyMayAndNoOthers() {
        LocalDate wednesday = TODAY;
        assertThat(schedule.teacherDay(MATHS_TEACHER, wednesday)).singleElement().extracting(Lesson::classTitle)
                .isEqualTo("8A MA");
        assertThat(schedule.teacherDay(TEACHER, wednesday)).isEmpty();
        assertThat(schedule.teacherDay(TEACHER, LocalDate.of(2026, 10, 12))).singleElement()
                .extracting(Lesson::classTitle).isEqualTo("8A");
        assertThat(schedule.studentLessons(PUPIL, f.aino, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9)))
                .extracting(Lesson::classTitle).containsExactly("8A", "8A MA", "8A MA");
        assertThat(schedule.studentLessons(GUARDIAN, f.eetu, wednesday, wednesday)).hasSize(1);
        assertThat(schedule.classLessons(PRINCIPAL, f.class8a, wednesday, wednesday.plusDays(7))).hasSize(1);

        assertThatThrownBy(() -> schedule.studentLessons(GUARDIAN, f.aino, wednesday, wednesday))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> schedule.studentLessons(GUARDIAN, f.aada, wednesday, wednesday))
                .as("the guardian of a student who has turned 18").isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> schedule.studentLessons(PUPIL, f.eetu, wednesday, wednesday))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> schedule.classLessons(OTHER_TEACHER, f.class8a, wednesday, wednesday))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> schedule.classLessons(PRINCIPAL, f.class8c, wednesday, wednesday))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> schedule.classLessons(TEACHER, f.class8a, wednesday, wednesday.minusDays(1)))
                .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("to:");
    }

    private void assertRefused(NewSlot slot, String field) {
        assertThatThrownBy(() -> timetables.addSlot(PRINCIPAL, f.autumn, slot)).as(field)
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private Lesson lessonOn(UUID group, LocalDate day) {
        return schedule.classLessons(CITY_ADMIN, group, day, day).getFirst();
    }
}
