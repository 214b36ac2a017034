package fi.kasvu.platform.assessment;

import static fi.kasvu.platform.assessment.AssessmentFixture.SECOND_GRADE_TEACHER;
import static fi.kasvu.platform.assessment.AssessmentFixture.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's assessments are made through the services: tests with results, and term grades by the grade rule. */
@PlatformTest
class AssessmentDemoTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Guardianships guardianships;
    @Autowired AssessmentDemo demo;
    @Autowired Assessments assessments;
    @Autowired GradeBook grades;

    @Test
    void theDemoGivesTheGroupsTestsResultsAndTermGrades() {
        context.runAs(TenantFixture.activeMunicipality(registry, migrations, "demo"), () -> {
            var school = new SchoolStructureFixture(schools, calendar, classes, enrollments, people);
            var fixture = new AssessmentFixture(school, classes, enrollments, people, guardianships);

            demo.seed();

            assertThat(assessments.assessmentsOf(TEACHER, fixture.maths)).extracting(AssessmentSummary::title,
                    AssessmentSummary::results).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("Koe 1", 2L), org.assertj.core.groups.Tuple.tuple("Kotitehtävät", 2L));
            assertThat(grades.gradesOf(TEACHER, school.pupil1)).extracting(GradeRow::subjectCode)
                    .containsExactlyInAnyOrder("MA", "AI");
            assertThat(grades.gradesOf(SECOND_GRADE_TEACHER, fixture.secondGrader)).singleElement()
                    .satisfies(row -> assertThat(row.score().isVerbal()).isTrue());
        });
    }
}
