package fi.kasvu.platform.school;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bulk actions of the school year's turn: classes on to the next year, enrollments ended, all or nothing. */
@PlatformTest
class MovingClassesToNextYearTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired SchoolYearChange yearChange;
    @Autowired PersonRegister people;

    TenantContext.Binding bound;
    SchoolStructureFixture structure;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "kerava"));
        structure = new SchoolStructureFixture(schools, calendar, classes, enrollments, people);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void class7bBecomes8bInTheNextYearWithTheSamePupils() {
        var moved = yearChange.moveToNextYear(PRINCIPAL, Set.of(structure.class7b));

        assertThat(moved).singleElement().satisfies(next -> {
            assertThat(next.title()).isEqualTo("8B");
            assertThat(next.grade()).isEqualTo("8");
            assertThat(next.schoolYearId()).isEqualTo(structure.nextYear);
            assertThat(next.schoolId()).isEqualTo(structure.ownSchool);
            assertThat(next.students()).isEqualTo(2);
        });
        var newEnrollments = enrollments.enrollments(CITY_ADMIN, EnrollmentQuery.ofClass(moved.getFirst().id()),
                Paging.first(10));
        assertThat(newEnrollments).extracting(EnrollmentSummary::personId)
                .containsExactlyInAnyOrder(structure.pupil1, structure.pupil2);
        assertThat(newEnrollments).extracting(EnrollmentSummary::beginDate).containsOnly(LocalDate.of(2026, 8, 1));
        assertThat(newEnrollments).extracting(EnrollmentSummary::endDate).containsOnlyNulls();
        assertThat(enrollments.enrollments(CITY_ADMIN, EnrollmentQuery.ofClass(structure.class7b), Paging.first(10)))
                .extracting(EnrollmentSummary::endDate).containsOnly(LocalDate.of(2026, 7, 31));
        var terms = calendar.sessionsIn(CITY_ADMIN, structure.nextYear);
        assertThat(terms).hasSize(2);
    }

    @Test
    void whenOneClassCannotMoveNoneDoes() {
        // 8B exists already in the next year, so 7B cannot become it; 7A, moved before it, must be undone
        classes.addClass(CITY_ADMIN, new NewClass(structure.ownSchool, structure.nextYear, "8B", ClassType.HOMEROOM,
                Set.of(), null, null));
        long before = classes.countClasses(CITY_ADMIN, new ClassQuery(null, structure.nextYear, null, null));

        assertThatThrownBy(() -> yearChange.moveToNextYear(CITY_ADMIN, Set.of(structure.class7b, structure.otherClass)))
                .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("classes: ")
                .hasMessageContaining("8B");

        assertThat(classes.countClasses(CITY_ADMIN, new ClassQuery(null, structure.nextYear, null, null))).isEqualTo(before);
        assertThat(classes.classes(CITY_ADMIN, new ClassQuery(null, structure.nextYear, null, "8A"), Paging.first(5))).isEmpty();
        assertThat(enrollments.enrollments(CITY_ADMIN, EnrollmentQuery.ofClass(structure.class7b), Paging.first(10)))
                .extracting(EnrollmentSummary::endDate).containsOnlyNulls();
    }

    @Test
    void aPrincipalCannotMoveAnotherSchoolsClassNorSlipItInAmongTheirOwn() {
        assertThatThrownBy(() -> yearChange.moveToNextYear(PRINCIPAL, Set.of(structure.class7b, structure.otherClass)))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(classes.countClasses(CITY_ADMIN, new ClassQuery(null, structure.nextYear, null, null))).isZero();
    }

    @Test
    void aClassMovesOnlyToAYearThatExistsAndNotPastGradeNine() {
        var moved = yearChange.moveToNextYear(CITY_ADMIN, Set.of(structure.class7b)).getFirst();

        assertThatThrownBy(() -> yearChange.moveToNextYear(CITY_ADMIN, Set.of(moved.id())))
                .hasMessageStartingWith("schoolYear: ").hasMessageContaining("2027-2028");
        var ninth = classes.addClass(CITY_ADMIN, new NewClass(structure.ownSchool, structure.year, "9C",
                ClassType.HOMEROOM, Set.of(), null, null));
        assertThatThrownBy(() -> yearChange.moveToNextYear(CITY_ADMIN, Set.of(ninth.id())))
                .hasMessageStartingWith("classes: ").hasMessageContaining("last grade");
    }

    @Test
    void enrollmentsEndOnTheDayAllOrNone() {
        var chosen = enrollments.enrollments(PRINCIPAL, EnrollmentQuery.ofClass(structure.class7b), Paging.first(10));
        var ids = chosen.stream().map(EnrollmentSummary::id).collect(java.util.stream.Collectors.toSet());

        assertThatThrownBy(() -> enrollments.endEnrollments(PRINCIPAL, ids, LocalDate.of(2025, 7, 1)))
                .hasMessageStartingWith("endDate: ");
        assertThat(enrollments.countEnrollments(PRINCIPAL, new EnrollmentQuery(structure.class7b, null, null, null,
                LocalDate.of(2026, 1, 1)))).isEqualTo(2);

        int ended = enrollments.endEnrollments(PRINCIPAL, ids, LocalDate.of(2025, 12, 31));

        assertThat(ended).isEqualTo(2);
        assertThat(enrollments.countEnrollments(PRINCIPAL, new EnrollmentQuery(structure.class7b, null, null, null,
                LocalDate.of(2026, 1, 1)))).isZero();
        assertThat(classes.classSummary(PRINCIPAL, structure.class7b).students()).isZero();
    }

    @Test
    void aPrincipalCannotEndEnrollmentsAtAnotherSchool() {
        var other = enrollments.enroll(CITY_ADMIN, structure.otherClass, structure.pupil2, EnrollmentRole.STUDENT,
                LocalDate.of(2025, 8, 1), null);
        var own = enrollments.enrollments(PRINCIPAL, EnrollmentQuery.ofClass(structure.class7b), Paging.first(1)).getFirst();

        assertThatThrownBy(() -> enrollments.endEnrollments(PRINCIPAL, Set.of(own.id(), other.id()), LocalDate.of(2025, 12, 31)))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(enrollments.enrollments(CITY_ADMIN, EnrollmentQuery.ofClass(structure.class7b), Paging.first(10)))
                .extracting(EnrollmentSummary::endDate).containsOnlyNulls();
        assertThat(enrollments.enrollments(PRINCIPAL, EnrollmentQuery.ofPerson(structure.pupil2), Paging.first(10)))
                .extracting(EnrollmentSummary::classId).containsExactly(structure.class7b);
    }

    @Test
    void theGradeInATitleIsReadAndRaised() {
        assertThat(SchoolYearChange.nextTitle("7B", "7", "8")).isEqualTo("8B");
        assertThat(SchoolYearChange.nextTitle("9", "9", "10")).isEqualTo("10");
        assertThat(SchoolYearChange.nextTitle("Kielikylpy", null, null)).isEqualTo("Kielikylpy");
        assertThat(ClassDirectory.gradeIn("10A")).isEqualTo("10");
        assertThat(ClassDirectory.gradeIn("MA1")).isNull();
    }
}
