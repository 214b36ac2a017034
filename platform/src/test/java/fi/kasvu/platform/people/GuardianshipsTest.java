package fi.kasvu.platform.people;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A guardian acts for a minor; at 18 that ends unless the student, of age, allows it. */
@PlatformTest
class GuardianshipsTest {

    // born 15.8.2008: 18 on 15.8.2026; the real clock is past that only for the adult below
    static final LocalDate BIRTH = LocalDate.of(2008, 8, 15);

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired PersonRegister register;
    @Autowired Guardianships guardianships;
    @Autowired AuditLog audit;

    TenantContext.Binding bound;
    UUID school;
    UUID guardian;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "lahti"));
        school = schools.addSchool(CITY_ADMIN, "Lahden lyseo", SchoolKind.UPPER_SECONDARY).id();
        guardian = register.addPerson(CITY_ADMIN, new NewPerson("Hanna", "Huoltaja", null, null, null, Role.GUARDIAN,
                school));
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void aGuardiansAccessEndsOnTheStudents18thBirthday() {
        UUID student = student("Sami", BIRTH, null);
        guardianships.addGuardian(CITY_ADMIN, guardian, student);

        assertThat(guardianships.mayActFor(guardian, student, LocalDate.of(2026, 8, 14))).isTrue();
        assertThat(guardianships.mayActFor(guardian, student, LocalDate.of(2026, 8, 15))).isFalse();
        assertThat(guardianships.mayActFor(guardian, student, LocalDate.of(2030, 1, 1))).isFalse();
    }

    @Test
    void afterTheAdultStudentAllowsItTheGuardianActsAgainAndTheConsentIsAudited() {
        LocalDate adultBirth = LocalDate.now().minusYears(19);
        UUID student = student("Aada", adultBirth, "aada-account");
        guardianships.addGuardian(CITY_ADMIN, guardian, student);
        assertThat(guardianships.mayActFor(guardian, student, LocalDate.now())).isFalse();

        guardianships.allowGuardian(new Actor("aada-account", "Aada Opiskelija", Set.of("student")), guardian);

        assertThat(guardianships.mayActFor(guardian, student, LocalDate.now())).isTrue();
        assertThat(guardianships.guardiansOf(CITY_ADMIN, student)).singleElement().satisfies(summary -> {
            assertThat(summary.guardianName()).isEqualTo("Hanna Huoltaja");
            assertThat(summary.allowedByStudentAt()).isNotNull();
            assertThat(summary.mayActToday()).isTrue();
        });
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(student, "aada-account", "guardianship.allowed-by-student",
                null, null))).isEqualTo(1);
    }

    @Test
    void theAdultStudentWithdrawsTheLeaveAndTheGuardianActsNoMoreAndTheWithdrawalIsAudited() {
        UUID student = student("Iida", LocalDate.now().minusYears(20), "iida-account");
        guardianships.addGuardian(CITY_ADMIN, guardian, student);
        Actor iida = new Actor("iida-account", "Iida Opiskelija", Set.of("student"));
        assertThatThrownBy(() -> guardianships.withdrawGuardian(iida, guardian))
                .hasMessageStartingWith("guardian: ").hasMessageContaining("not allowed");
        guardianships.allowGuardian(iida, guardian);
        assertThat(guardianships.mayActFor(guardian, student, LocalDate.now())).isTrue();

        assertThatThrownBy(() -> guardianships.withdrawGuardian(new Actor("someone-else", "Joku", Set.of("student")),
                guardian)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> guardianships.withdrawGuardian(iida, UUID.randomUUID()))
                .hasMessageStartingWith("guardian: ");
        assertThat(guardianships.mayActFor(guardian, student, LocalDate.now())).isTrue();

        guardianships.withdrawGuardian(iida, guardian);

        assertThat(guardianships.mayActFor(guardian, student, LocalDate.now())).isFalse();
        assertThat(guardianships.guardiansOf(CITY_ADMIN, student)).singleElement().satisfies(summary -> {
            assertThat(summary.allowedByStudentAt()).isNull();
            assertThat(summary.mayActToday()).isFalse();
        });
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(student, "iida-account",
                "guardianship.withdrawn-by-student", null, null))).isEqualTo(1);
    }

    @Test
    void onlyTheStudentOfAgeCanAllowIt() {
        UUID minor = student("Mikko", LocalDate.now().minusYears(15), "mikko-account");
        guardianships.addGuardian(CITY_ADMIN, guardian, minor);

        assertThatThrownBy(() -> guardianships.allowGuardian(new Actor("mikko-account", "Mikko", Set.of("student")),
                guardian)).isInstanceOf(AccessRefusedException.class).hasMessageContaining("of age");
        assertThatThrownBy(() -> guardianships.allowGuardian(new Actor("someone-else", "Joku", Set.of("student")),
                guardian)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void noOneIsAGuardianWithoutAGuardianshipNorOfThemselves() {
        UUID student = student("Ville", LocalDate.of(2015, 1, 1), null);

        assertThat(guardianships.mayActFor(guardian, student, LocalDate.of(2026, 1, 1))).isFalse();
        assertThatThrownBy(() -> guardianships.addGuardian(CITY_ADMIN, student, student))
                .hasMessageStartingWith("guardian: ");
        guardianships.addGuardian(CITY_ADMIN, guardian, student);
        assertThatThrownBy(() -> guardianships.addGuardian(CITY_ADMIN, guardian, student))
                .hasMessageStartingWith("guardian: ").hasMessageContaining("already");
    }

    @Test
    void theRuleForManyStudentsAtOnceAnswersAsThePairwiseRuleOnEveryBorderDay() {
        UUID minor = student("Sami", BIRTH, null);
        UUID leapDay = student("Karita", LocalDate.of(2008, 2, 29), null);
        UUID unknownBirth = student("Tuomas", null, null);
        UUID allowing = student("Aada", LocalDate.of(2006, 1, 10), "aada-account");
        UUID otherGuardian = register.addPerson(CITY_ADMIN, new NewPerson("Olli", "Huoltaja", null, null, null,
                Role.GUARDIAN, school));
        List<UUID> students = List.of(minor, leapDay, unknownBirth, allowing);
        for (UUID student : students) {
            guardianships.addGuardian(CITY_ADMIN, guardian, student);
        }
        guardianships.addGuardian(CITY_ADMIN, otherGuardian, minor);
        guardianships.allowGuardian(new Actor("aada-account", "Aada Opiskelija", Set.of("student")), guardian);

        for (LocalDate day : List.of(LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 8, 14), LocalDate.of(2026, 8, 15), LocalDate.of(2040, 1, 1))) {
            Set<List<UUID>> pairwise = new java.util.HashSet<>();
            for (UUID someone : List.of(guardian, otherGuardian)) {
                for (UUID student : students) {
                    if (guardianships.mayActFor(someone, student, day)) {
                        pairwise.add(List.of(someone, student));
                    }
                }
            }
            assertThat(guardianships.actingGuardiansOf(students, day)).as("on %s", day)
                    .extracting(acting -> List.of(acting.guardianId(), acting.studentId()))
                    .containsExactlyInAnyOrderElementsOf(pairwise);
        }
        assertThat(guardianships.actingGuardiansOf(students, LocalDate.of(2026, 2, 27)))
                .extracting(Guardianships.ActingGuardian::studentId, Guardianships.ActingGuardian::guardianName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(minor, "Hanna Huoltaja"),
                        org.assertj.core.groups.Tuple.tuple(minor, "Olli Huoltaja"),
                        org.assertj.core.groups.Tuple.tuple(leapDay, "Hanna Huoltaja"),
                        org.assertj.core.groups.Tuple.tuple(allowing, "Hanna Huoltaja"));
        assertThat(guardianships.actingGuardiansOf(students, LocalDate.of(2026, 2, 28)))
                .as("born on 29 February 2008: of age on 28 February 2026")
                .extracting(Guardianships.ActingGuardian::studentId).doesNotContain(leapDay).contains(minor, allowing);
        assertThat(guardianships.actingGuardiansOf(students, LocalDate.of(2026, 8, 15)))
                .extracting(Guardianships.ActingGuardian::studentId).containsExactly(allowing);
        assertThat(guardianships.actingGuardiansOf(List.of(), LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void thePolicyReadsTheBirthDateAndTheConsent() {
        assertThat(Guardianships.guardianMayActPolicy(BIRTH, false, LocalDate.of(2026, 8, 14))).isTrue();
        assertThat(Guardianships.guardianMayActPolicy(BIRTH, false, LocalDate.of(2026, 8, 15))).isFalse();
        assertThat(Guardianships.guardianMayActPolicy(BIRTH, true, LocalDate.of(2040, 1, 1))).isTrue();
        assertThat(Guardianships.guardianMayActPolicy(null, false, LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void aPrincipalOfAnotherSchoolCannotAddAGuardian() {
        UUID student = student("Ella", LocalDate.of(2014, 2, 2), null);

        assertThatThrownBy(() -> guardianships.addGuardian(PRINCIPAL, guardian, student))
                .isInstanceOf(AccessRefusedException.class);
    }

    private UUID student(String name, LocalDate birthDate, String account) {
        UUID id = register.addPerson(CITY_ADMIN, new NewPerson(name, "Opiskelija", null, birthDate, null, Role.STUDENT,
                school));
        if (account != null) {
            register.linkAccount(CITY_ADMIN, id, account);
        }
        return id;
    }
}
