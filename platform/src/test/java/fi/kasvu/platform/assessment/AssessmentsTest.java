package fi.kasvu.platform.assessment;

import static fi.kasvu.platform.assessment.AssessmentFixture.GUARDIAN;
import static fi.kasvu.platform.assessment.AssessmentFixture.PUPIL;
import static fi.kasvu.platform.assessment.AssessmentFixture.STRANGER;
import static fi.kasvu.platform.assessment.AssessmentFixture.TEACHER;
import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Tests and assignments of a group: the teacher records a grid all or nothing; who sees whose results. */
@PlatformTest
@RecordApplicationEvents
class AssessmentsTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Guardianships guardianships;
    @Autowired Assessments assessments;
    @Autowired AuditLog audit;
    @Autowired ApplicationEvents events;

    TenantContext.Binding bound;
    AssessmentFixture fixture;
    SchoolStructureFixture school;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "lahti"));
        school = new SchoolStructureFixture(schools, calendar, classes, enrollments, people);
        fixture = new AssessmentFixture(school, classes, enrollments, people, guardianships);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void theTeacherRecordsAGridOfMarksStoredExactlyAndEachIsAnnounced() {
        AssessmentSummary test = assessments.addAssessment(TEACHER, new NewAssessment(fixture.maths, "Koe 1",
                LocalDate.of(2025, 10, 3), Scale.MARKS, null, new BigDecimal("2")));

        int saved = assessments.recordResults(TEACHER, test.id(), List.of(
                new ResultEntry(school.pupil1, "7+", "Hyvä koe"), new ResultEntry(school.pupil2, "8½", null)));

        assertThat(saved).isEqualTo(2);
        List<ResultRow> grid = assessments.results(TEACHER, test.id());
        assertThat(grid).extracting(ResultRow::scoreText).containsExactlyInAnyOrder("7+", "8½");
        assertThat(grid).filteredOn(row -> row.studentId().equals(school.pupil1)).first()
                .satisfies(row -> {
                    assertThat(row.score().number()).isEqualByComparingTo("7.25");
                    assertThat(row.comment()).isEqualTo("Hyvä koe");
                });
        assertThat(events.stream(ResultRecorded.class).map(ResultRecorded::studentId))
                .containsExactlyInAnyOrder(school.pupil1, school.pupil2);
        assertThat(assessments.assessmentsOf(TEACHER, fixture.maths)).singleElement()
                .satisfies(a -> assertThat(a.results()).isEqualTo(2));
    }

    @Test
    void aBadRowRefusesTheWholeGridNamingTheRowAndNothingIsWritten() {
        AssessmentSummary test = assessments.addAssessment(TEACHER, new NewAssessment(fixture.maths, "Koe 2",
                LocalDate.of(2025, 11, 3), Scale.MARKS, null, null));

        assertThatThrownBy(() -> assessments.recordResults(TEACHER, test.id(), List.of(
                new ResultEntry(school.pupil1, "9", null), new ResultEntry(school.pupil2, "11", null))))
                .isInstanceOfSatisfying(RowRefusedException.class, e -> {
                    assertThat(e.row()).isEqualTo(1);
                    assertThat(e.studentId()).isEqualTo(school.pupil2);
                    assertThat(e.field()).isEqualTo("score");
                    assertThat(e.getMessage()).contains("row 2 (Eetu Oppilas)").contains("outside the scale");
                });

        assertThat(assessments.results(TEACHER, test.id())).allSatisfy(row -> assertThat(row.score()).isNull());
        assertThat(events.stream(ResultRecorded.class)).isEmpty();
    }

    @Test
    void anAssessmentNeedsATitleADayAndAScaleEachNamed() {
        assertThatThrownBy(() -> assessments.addAssessment(TEACHER, new NewAssessment(fixture.maths, " ",
                LocalDate.now(), Scale.MARKS, null, null))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> assessments.addAssessment(TEACHER, new NewAssessment(fixture.maths, "Koe",
                null, Scale.MARKS, null, null))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> assessments.addAssessment(TEACHER, new NewAssessment(fixture.maths, "Koe",
                LocalDate.now(), null, null, null))).isInstanceOfSatisfying(InvalidFieldException.class,
                e -> assertThat(e.field()).isEqualTo("scale"));
        assertThat(assessments.assessmentsOf(TEACHER, fixture.maths)).isEmpty();
    }

    @Test
    void onlyTheGroupsTeacherRecordsAndEachSeesOnlyWhomTheyMayAndStaffReadsAreAudited() {
        AssessmentSummary test = assessments.addAssessment(TEACHER, new NewAssessment(fixture.maths, "Koe 3",
                LocalDate.of(2025, 12, 1), Scale.MARKS, null, null));
        assessments.recordResults(TEACHER, test.id(), List.of(new ResultEntry(school.pupil1, "9-", null),
                new ResultEntry(school.pupil2, "6", "Harjoittele murtolukuja")));

        assertThatThrownBy(() -> assessments.recordResults(STRANGER, test.id(),
                List.of(new ResultEntry(school.pupil1, "10", null)))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> assessments.addAssessment(STRANGER, new NewAssessment(fixture.maths, "Koe",
                LocalDate.now(), Scale.MARKS, null, null))).isInstanceOf(AccessRefusedException.class);

        assertThat(assessments.resultsOf(PUPIL, school.pupil1, 10)).singleElement()
                .satisfies(r -> assertThat(r.score().display()).isEqualTo("9-"));
        assertThatThrownBy(() -> assessments.resultsOf(PUPIL, school.pupil2, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(assessments.resultsOf(GUARDIAN, school.pupil2, 10)).singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("Harjoittele murtolukuja"));
        assertThatThrownBy(() -> assessments.resultsOf(GUARDIAN, school.pupil1, 10))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(assessments.resultsOf(PRINCIPAL, school.pupil2, 10)).hasSize(1);

        assertThat(audit.search(CITY_ADMIN, new AuditQuery(school.pupil2, null, Assessments.RESULTS_READ, null, null),
                0, 50)).extracting(e -> e.actor()).anySatisfy(a -> assertThat(a).contains("principal-account"))
                .noneSatisfy(a -> assertThat(a).contains("hanna-account"));
        assertThat(audit.search(CITY_ADMIN, new AuditQuery(school.pupil1, null, Assessments.RESULTS_READ, null, null),
                0, 50)).extracting(e -> e.actor()).noneSatisfy(a -> assertThat(a).contains("aino-account"));
    }

    @Test
    void aBlankScoreRemovesAResult() {
        AssessmentSummary task = assessments.addAssessment(TEACHER, new NewAssessment(fixture.maths, "Tehtävä",
                LocalDate.of(2025, 9, 1), Scale.PASS_FAIL, null, null));
        assessments.recordResults(TEACHER, task.id(), List.of(new ResultEntry(school.pupil1, "S", null)));
        assessments.recordResults(TEACHER, task.id(), List.of(new ResultEntry(school.pupil1, " ", null)));

        assertThat(assessments.results(TEACHER, task.id())).allSatisfy(row -> assertThat(row.score()).isNull());
        UUID removed = events.stream(ResultRecorded.class).filter(e -> e.score() == null).findFirst().orElseThrow()
                .studentId();
        assertThat(removed).isEqualTo(school.pupil1);
    }
}
