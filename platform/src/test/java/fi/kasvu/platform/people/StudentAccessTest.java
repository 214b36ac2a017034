package fi.kasvu.platform.people;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.StudentAccess.Relation;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who reaches a student's school day: themself, a guardian (18-year rule), their teachers and principal, a city admin. */
@PlatformTest
class StudentAccessTest {

    static final Actor TEACHER = new Actor("teacher-account", "Outi Opettaja", Set.of("teacher"));
    static final Actor OTHER_TEACHER = new Actor("other-teacher-account", "Ville Vieras", Set.of("teacher"));
    static final Actor GUARDIAN = new Actor("guardian-account", "Hanna Huoltaja", Set.of("guardian"));
    static final Actor PUPIL = new Actor("pupil-account", "Aino Oppilas", Set.of("student"));

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister register;
    @Autowired Guardianships guardianships;
    @Autowired StudentAccess access;

    TenantContext.Binding bound;
    SchoolStructureFixture school;
    UUID adultPupil;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "kerava"));
        school = new SchoolStructureFixture(schools, calendar, classes, enrollments, register);
        register.linkAccount(CITY_ADMIN, school.pupil1, PUPIL.accountId());
        UUID teacher = staff("Outi", "Opettaja", TEACHER);
        staff("Ville", "Vieras", OTHER_TEACHER);
        enrollments.enroll(CITY_ADMIN, school.class7b, teacher, EnrollmentRole.TEACHER, LocalDate.of(2025, 8, 1), null);
        UUID guardian = register.addPerson(CITY_ADMIN, new NewPerson("Hanna", "Huoltaja", null, null, null,
                Role.GUARDIAN, school.ownSchool));
        register.linkAccount(CITY_ADMIN, guardian, GUARDIAN.accountId());
        guardianships.addGuardian(CITY_ADMIN, guardian, school.pupil2);
        adultPupil = register.addPerson(CITY_ADMIN, new NewPerson("Aada", "Aikuinen", null,
                LocalDate.now().minusYears(19), null, Role.STUDENT, school.ownSchool));
        guardianships.addGuardian(CITY_ADMIN, guardian, adultPupil);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void eachRelationIsNamed() {
        assertThat(access.relationTo(PUPIL, school.pupil1)).contains(Relation.SELF);
        assertThat(access.relationTo(GUARDIAN, school.pupil2)).contains(Relation.GUARDIAN);
        assertThat(access.relationTo(TEACHER, school.pupil1)).contains(Relation.TEACHER);
        assertThat(access.relationTo(PRINCIPAL, school.pupil2)).contains(Relation.PRINCIPAL);
        assertThat(access.relationTo(CITY_ADMIN, school.pupil2)).contains(Relation.CITY_ADMIN);
    }

    @Test
    void noOneElseReachesTheStudent() {
        assertThat(access.relationTo(PUPIL, school.pupil2)).isEmpty();
        assertThat(access.relationTo(GUARDIAN, school.pupil1)).isEmpty();
        assertThat(access.relationTo(OTHER_TEACHER, school.pupil1)).isEmpty();
        assertThat(access.relationTo(new Actor("stranger", "Joku", Set.of("guardian")), school.pupil1)).isEmpty();
        assertThatThrownBy(() -> access.require(OTHER_TEACHER, school.pupil1, "see this student's absences"))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("see this student's absences");
    }

    @Test
    void aGuardianOfAnAdultStudentNoLongerReachesThemNorListsThem() {
        assertThat(access.relationTo(GUARDIAN, adultPupil)).isEmpty();
        assertThat(access.childrenOf(GUARDIAN)).containsExactly(school.pupil2);
    }

    @Test
    void aTeacherReachesTheGroupsTheyTeachAndNotOthers() {
        assertThat(access.classesTaughtBy(TEACHER)).containsExactly(school.class7b);
        assertThat(access.teachesClass(TEACHER, school.otherClass)).isFalse();
        access.requireClass(TEACHER, school.class7b, "mark attendance");
        access.requireClass(PRINCIPAL, school.class7b, "mark attendance");
        assertThatThrownBy(() -> access.requireClass(OTHER_TEACHER, school.class7b, "mark attendance"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> access.requireClass(PRINCIPAL, school.otherClass, "mark attendance"))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aTeacherWhoseMembershipEndedReachesTheStudentsNoMore() {
        var teaching = enrollments.enrollments(CITY_ADMIN, fi.kasvu.platform.school.EnrollmentQuery.ofClass(
                school.class7b), fi.kasvu.platform.school.Paging.first(100)).stream()
                .filter(e -> e.role() == EnrollmentRole.TEACHER).findFirst().orElseThrow();
        enrollments.endEnrollments(CITY_ADMIN, Set.of(teaching.id()), LocalDate.now().minusDays(1));

        assertThat(access.relationTo(TEACHER, school.pupil1)).isEmpty();
        assertThat(access.classesTaughtBy(TEACHER)).isEmpty();
    }

    private UUID staff(String given, String family, Actor account) {
        String email = given.toLowerCase() + "@kunta.test";
        UUID id = register.addPerson(CITY_ADMIN, new NewPerson(given, family, email, null, null, Role.TEACHER,
                school.ownSchool));
        register.linkAccount(CITY_ADMIN, id, account.accountId());
        return id;
    }
}
