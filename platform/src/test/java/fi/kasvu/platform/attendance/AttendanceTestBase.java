package fi.kasvu.platform.attendance;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;

import java.time.LocalDate;
import java.util.UUID;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.lessons.LessonsFixture;
import fi.kasvu.platform.lessons.SchoolHolidays;
import fi.kasvu.platform.lessons.Timetables;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A fresh municipality with {@link LessonsFixture}'s school day for each test, bound while it runs. */
abstract class AttendanceTestBase {

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
    @Autowired AbsenceReporting reporting;
    @Autowired LeaveApplications leave;
    @Autowired AttendanceRecords records;
    @Autowired AuditLog audit;

    TenantContext.Binding bound;
    LessonsFixture f;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "turku"));
        f = new LessonsFixture(schools, calendar, classes, enrollments, people, guardianships, timetables, holidays);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    Lesson lessonOn(UUID group, LocalDate day) {
        return schedule.classLessons(CITY_ADMIN, group, day, day).getFirst();
    }

    MarkKind markOf(UUID lesson, UUID student) {
        return marking.rollCall(CITY_ADMIN, lesson).students().stream().filter(e -> e.studentId().equals(student))
                .findFirst().orElseThrow().mark();
    }
}
