package fi.kasvu.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import fi.kasvu.platform.assessment.Assessments;
import fi.kasvu.platform.assessment.GradeBook;
import fi.kasvu.platform.assessment.GradeEntry;
import fi.kasvu.platform.assessment.GradeKind;
import fi.kasvu.platform.assessment.GradeSheet;
import fi.kasvu.platform.assessment.GroupChoice;
import fi.kasvu.platform.assessment.ResultRow;
import fi.kasvu.platform.assessment.YearReports;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
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
import fi.kasvu.ui.KasvuTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The grading page's parts against the real services on real PostgreSQL: the results column saved all at once or,
 * with a value off the scale, the row marked and nothing saved; the year report refused naming the missing grade,
 * then offered as a download once the grades are there.
 */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradingSectionsTest {

    private static final Actor SEED = Actor.system("test");
    private static final Actor TEACHER = new Actor("tiina-account", "Tiina Opettaja", Set.of("teacher"));

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Assessments assessments;
    @Autowired GradeBook grades;
    @Autowired YearReports reports;

    TenantId tenant;
    UUID homeroom;
    List<UUID> pupils;

    @BeforeAll
    void aTeachersClass() {
        tenant = TenantId.of("arvio-" + UUID.randomUUID().toString().substring(0, 8));
        registry.register(tenant, "Arviokunta");
        migrations.migrate(tenant);
        registry.activate(tenant);
        context.runAs(tenant, () -> {
            UUID school = schools.addSchool(SEED, "Olarin koulu", SchoolKind.BASIC).id();
            UUID year = calendar.addSchoolYear(SEED, LocalDate.now().getMonthValue() >= 8
                    ? LocalDate.now().getYear() + 1 : LocalDate.now().getYear()).id();
            homeroom = classes.addClass(SEED, new NewClass(school, year, "5C", ClassType.HOMEROOM, Set.of(), null, null))
                    .id();
            UUID teacher = people.addPerson(SEED, new NewPerson("Tiina", "Opettaja", "tiina@kasvu.test", null, null,
                    Role.TEACHER, school));
            people.linkAccount(SEED, teacher, TEACHER.accountId());
            people.addPerson(SEED, new NewPerson("Risto", "Rehtori", "risto@kasvu.test", null, null, Role.PRINCIPAL,
                    school));
            enrollments.enroll(SEED, homeroom, teacher, EnrollmentRole.TEACHER, LocalDate.now().minusDays(1), null);
            pupils = Stream.of("Aino", "Eetu").map(name -> {
                UUID pupil = people.addPerson(SEED, new NewPerson(name, "Oppilas", null, null, null, Role.STUDENT, school));
                enrollments.enroll(SEED, homeroom, pupil, EnrollmentRole.STUDENT, LocalDate.now().minusDays(1), null);
                return pupil;
            }).toList();
        });
    }

    @Test
    void theResultsColumnIsSavedWholeOrTheRowOffTheScaleIsMarkedAndNothingSaved() {
        context.runAs(tenant, () -> {
            GroupChoice group = assessments.groupsFor(TEACHER).getFirst();
            assertThat(group.title()).isEqualTo("5C");
            var section = new AssessmentsSection(TEACHER, assessments, group);
            this.<TextField>find(section, "arviointi-nimi").setValue("Murtoluvut");
            this.<Button>find(section, "arviointi-lisaa").click();
            UUID test = assessments.assessmentsOf(TEACHER, homeroom).getFirst().id();

            this.<TextField>find(section, "tulos-0").setValue("7+");
            this.<TextField>find(section, "tulos-1").setValue("11");
            this.<Button>find(section, "tulokset-tallenna").click();

            assertThat(this.<TextField>find(section, "tulos-1").isInvalid()).isTrue();
            assertThat(this.<TextField>find(section, "tulos-1").getErrorMessage()).contains("outside the scale");
            assertThat(assessments.results(TEACHER, test)).allSatisfy(row -> assertThat(row.score()).isNull());

            this.<TextField>find(section, "tulos-1").setValue("8½");
            this.<Button>find(section, "tulokset-tallenna").click();

            assertThat(assessments.results(TEACHER, test)).extracting(ResultRow::scoreText).containsExactly("7+", "8½");
        });
    }

    @Test
    void aYearReportWithAGradeMissingIsRefusedNamingItAndOnceCompleteOfferedAsAPdf() {
        context.runAs(tenant, () -> {
            grades.recordGrades(TEACHER, new GradeSheet(homeroom, "MA", GradeKind.YEAR, null,
                    List.of(new GradeEntry(pupils.get(0), "9", false))));
            GroupChoice group = assessments.groupsFor(TEACHER).getFirst();
            var section = new YearReportSection(TEACHER, reports, assessments, group);

            this.<Button>find(section, "todistukset-luokka").click();

            assertThat(section.getElement().getTextRecursively()).contains("Eetu Oppilas has no year grade in Matematiikka");
            assertThat(findOptional(section, "todistukset-lataa")).isEmpty();

            grades.recordGrades(TEACHER, new GradeSheet(homeroom, "MA", GradeKind.YEAR, null,
                    List.of(new GradeEntry(pupils.get(1), "7", false))));
            this.<Button>find(section, "todistukset-luokka").click();

            assertThat(findOptional(section, "todistukset-lataa")).get().isInstanceOf(Anchor.class);
            assertThat(new String(section.made, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
    }

    @Test
    void theGradesCardShowsAStudentTheirLatestResultAndTheTeacherCardLeadsToGrading() {
        context.runAs(tenant, () -> {
            Actor pupil = new Actor("aino-account", "Aino Oppilas", Set.of("student"));
            people.linkAccount(SEED, pupils.get(0), pupil.accountId());
            var test = assessments.addAssessment(TEACHER, new fi.kasvu.platform.assessment.NewAssessment(homeroom,
                    "Sanakoe", LocalDate.now(), fi.kasvu.platform.assessment.Scale.MARKS, null, null));
            assessments.recordResults(TEACHER, test.id(), List.of(
                    new fi.kasvu.platform.assessment.ResultEntry(pupils.get(0), "9-", null)));

            var card = new GradesCard(assessments, grades).render(new fi.kasvu.ui.portal.PortalViewer(pupil,
                    Optional.of(pupils.get(0)), Optional.of(pupils.get(0))));
            var none = new GradesCard(assessments, grades).render(new fi.kasvu.ui.portal.PortalViewer(TEACHER,
                    Optional.empty(), Optional.empty()));
            var teacherCard = new GradingCard(assessments).render(new fi.kasvu.ui.portal.PortalViewer(TEACHER,
                    Optional.empty(), Optional.empty()));

            assertThat(card).get().satisfies(c -> assertThat(c.getElement().getTextRecursively())
                    .contains("Sanakoe", "9-"));
            assertThat(none).isEmpty();
            assertThat(teacherCard).get().satisfies(c -> assertThat(c.getElement().getTextRecursively()).contains("5C"));
        });
    }

    @SuppressWarnings("unchecked")
    private <T extends Component> T find(Component root, String id) {
        return (T) findOptional(root, id).orElseThrow(() -> new AssertionError("no component " + id));
    }

    private Optional<Component> findOptional(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> findOptional(child, id)).flatMap(Optional::stream).findFirst();
    }
}
