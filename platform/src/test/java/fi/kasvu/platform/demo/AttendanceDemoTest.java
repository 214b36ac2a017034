package fi.kasvu.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.attendance.AttendanceRecords;
import fi.kasvu.platform.attendance.SchoolDay;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.FixedSchoolDay;
import fi.kasvu.platform.lessons.Holiday;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.lessons.SchoolHolidays;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassQuery;
import fi.kasvu.platform.school.ClassSummary;
import fi.kasvu.platform.school.Paging;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The demo municipality's school life: holidays, a year of lessons, the past weeks marked, a leave application. */
@PlatformTest
@Import(FixedSchoolDay.class)
class AttendanceDemoTest {

    static final Actor ADMIN = new Actor("demo-admin", "Demo", Set.of(Actor.CITY_ADMIN));

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired DemoSchoolStructure structure;
    @Autowired List<DemoData> features;
    @Autowired ClassDirectory classes;
    @Autowired LessonSchedule schedule;
    @Autowired SchoolHolidays holidays;
    @Autowired AttendanceRecords records;

    @Test
    void theDemoHasAYearOfLessonsThePastWeeksMarkedAndALeaveApplicationToDecide() {
        context.runAs(TenantFixture.activeMunicipality(registry, migrations, "demo"), () -> {
            structure.seed();
            features.forEach(DemoData::seed);

            LocalDate today = FixedSchoolDay.TODAY;
            ClassSummary seventh = classes.classes(ADMIN, new ClassQuery(null, null, null, "7B"), Paging.first(10))
                    .stream().filter(c -> c.title().equals("7B")).findFirst().orElseThrow();
            var lessons = schedule.classLessons(ADMIN, seventh.id(), today.minusWeeks(3), today.plusWeeks(1));
            assertThat(lessons).filteredOn(l -> l.day().isBefore(today)).isNotEmpty().allMatch(Lesson::marked);
            assertThat(lessons).filteredOn(l -> !l.day().isBefore(today)).isNotEmpty().noneMatch(Lesson::marked);
            assertThat(holidays.holidays(null)).extracting(Holiday::name).contains("Syysloma", "Joululoma",
                    "Talviloma", "Pääsiäinen");
            assertThat(schedule.classLessons(ADMIN, seventh.id(), LocalDate.of(2026, 12, 24),
                    LocalDate.of(2026, 12, 31))).isEmpty();
            assertThat(records.schoolDays(ADMIN, today.minusDays(1)).stream()
                    .mapToInt(day -> day.marks().values().stream().mapToInt(Integer::intValue).sum()).sum()).isPositive();
            assertThat(records.schoolDays(ADMIN, today).stream().mapToInt(SchoolDay::pendingLeaveApplications).sum())
                    .isEqualTo(1);
        });
    }
}
