package fi.kasvu.platform.insight;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.attendance.AttendanceMarking;
import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.lessons.FixedSchoolDay;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.lessons.LessonsFixture;
import fi.kasvu.platform.lessons.SchoolHolidays;
import fi.kasvu.platform.lessons.Timetables;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Dashboards show aggregates only, and never a figure about fewer than five pupils. */
@PlatformTest
@Import(FixedSchoolDay.class)
class DashboardsTest {

    static final Actor GOVERNANCE = new Actor("governance-account", "Sivistysjohtaja", Set.of("governance"));
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

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
    @Autowired Dashboards dashboards;

    TenantContext.Binding bound;
    LessonsFixture f;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "kotka"));
        f = new LessonsFixture(schools, calendar, classes, enrollments, people, guardianships, timetables, holidays);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void withFewerThanFivePupilsEveryFigureIsHidden() {
        mark(Map.of(f.aino, MarkKind.ABSENT_UNEXPLAINED));

        Dashboard school = dashboards.school(GOVERNANCE, f.school.ownSchool);

        assertThat(school.pupils().suppressed()).isTrue();
        assertThat(school.chronic().suppressed()).isTrue();
        assertThat(school.trend()).isNotEmpty().allSatisfy(week -> assertThat(week.absentPercent()).isNull());
        assertThat(DashboardCsv.of(school)).contains("pupils,<5").doesNotContain("pupils,3");
    }

    @Test
    void withEnoughPupilsTheFiguresShowAndSmallSidesStayHidden() {
        var absent = new HashMap<UUID, MarkKind>();
        for (int i = 0; i < 7; i++) {
            UUID pupil = people.addPerson(CITY_ADMIN, new NewPerson("Oppilas" + i, "Kahdeksas", null, null, null,
                    Role.STUDENT, f.school.ownSchool));
            enrollments.enroll(CITY_ADMIN, f.class8a, pupil, EnrollmentRole.STUDENT, LessonsFixture.TERM_START, null);
            if (i < 5) {
                absent.put(pupil, MarkKind.ILLNESS);
            }
        }
        mark(absent);

        Dashboard school = dashboards.school(LessonsFixture.PRINCIPAL, f.school.ownSchool);

        assertThat(school.pupils().value()).isEqualTo(10);
        assertThat(school.chronic().value()).isEqualTo(5);
        assertThat(school.trend()).singleElement().satisfies(week -> {
            assertThat(week.monday()).isEqualTo(MONDAY);
            assertThat(week.absentPercent()).isEqualTo(50.0);
        });
        Dashboard municipality = dashboards.municipality(GOVERNANCE);
        assertThat(municipality.schools()).filteredOn(s -> s.schoolId().equals(f.school.ownSchool)).singleElement()
                .satisfies(row -> assertThat(row.pupils().value()).isEqualTo(10));
        assertThat(DashboardCsv.of(municipality)).contains("pupils absent 10% or more,5");
    }

    @Test
    void onlyGovernanceCityAdminsAndTheSchoolsPrincipalOpenADashboard() {
        assertThatThrownBy(() -> dashboards.municipality(LessonsFixture.TEACHER)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> dashboards.municipality(LessonsFixture.PRINCIPAL)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> dashboards.school(LessonsFixture.PRINCIPAL, f.school.otherSchool))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> dashboards.school(LessonsFixture.GUARDIAN, f.school.ownSchool))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(dashboards.schoolsFor(LessonsFixture.PRINCIPAL)).extracting(SchoolChoice::id)
                .containsExactly(f.school.ownSchool);
        assertThat(dashboards.schoolsFor(GOVERNANCE)).hasSize(2);
    }

    private void mark(Map<UUID, MarkKind> marks) {
        Lesson lesson = schedule.classLessons(CITY_ADMIN, f.class8a, MONDAY, MONDAY).getFirst();
        marking.markLesson(LessonsFixture.TEACHER, lesson.id(), marks);
    }
}
