package fi.kasvu.platform.people;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.AuditEntry;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Editing a person's names and contact details, and ending a role, within the actor's schools. */
@PlatformTest
class PersonChangesTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister register;
    @Autowired PersonChanges changes;
    @Autowired PeopleDirectory people;
    @Autowired AuditLog audit;

    TenantContext.Binding bound;
    SchoolStructureFixture structure;

    @BeforeEach
    void municipality() {
        bound = context.bind(TenantFixture.activeMunicipality(registry, migrations, "kerava"));
        structure = new SchoolStructureFixture(schools, calendar, classes, enrollments, register);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void aPrincipalEditsTheirPupilsNamesAndContactsAndTheAuditNamesTheFieldsOnly() {
        changes.change(PRINCIPAL, structure.pupil1,
                new PersonChange(" Aino Maria ", "Virtanen", "Aino", "Aino.Virtanen@Kunta.test", "+358 40 123 4567"));

        assertThat(changes.details(CITY_ADMIN, structure.pupil1)).isEqualTo(
                new PersonChange("Aino Maria", "Virtanen", "Aino", "aino.virtanen@kunta.test", "+358 40 123 4567"));
        assertThat(people.person(CITY_ADMIN, structure.pupil1).name()).isEqualTo("Aino Maria Virtanen");
        var entries = audit.search(CITY_ADMIN, new AuditQuery(structure.pupil1, null, "person.changed", null, null),
                0, 10);
        assertThat(entries).extracting(AuditEntry::detail).containsExactly(
                "changed givenName, familyName, preferredGivenName, email, phone");
        assertThat(entries.getFirst().detail()).doesNotContain("Virtanen", "358");

        changes.change(PRINCIPAL, structure.pupil1,
                new PersonChange("Aino Maria", "Virtanen", "", "", " "));
        assertThat(changes.details(PRINCIPAL, structure.pupil1)).isEqualTo(
                new PersonChange("Aino Maria", "Virtanen", null, null, null));
    }

    @Test
    void eachBadFieldIsNamedAndNothingIsWritten() {
        PersonChange before = changes.details(CITY_ADMIN, structure.pupil1);
        long audited = audit.count(CITY_ADMIN, new AuditQuery(structure.pupil1, null, "person.changed", null, null));

        assertThatThrownBy(() -> changes.change(CITY_ADMIN, structure.pupil1,
                new PersonChange(" ", "Virtanen", null, null, null))).hasMessageStartingWith("givenName: ");
        assertThatThrownBy(() -> changes.change(CITY_ADMIN, structure.pupil1,
                new PersonChange("Aino", "x".repeat(101), null, null, null))).hasMessageStartingWith("familyName: ");
        assertThatThrownBy(() -> changes.change(CITY_ADMIN, structure.pupil1,
                new PersonChange("Aino", "Virtanen", "y".repeat(101), null, null)))
                .hasMessageStartingWith("preferredGivenName: ");
        assertThatThrownBy(() -> changes.change(CITY_ADMIN, structure.pupil1,
                new PersonChange("Aino", "Virtanen", null, "not-an-address", null))).hasMessageStartingWith("email: ");
        assertThatThrownBy(() -> changes.change(CITY_ADMIN, structure.pupil1,
                new PersonChange("Aino", "Virtanen", null, "risto.rehtori@kunta.test", null)))
                .hasMessageStartingWith("email: ").hasMessageContaining("another person");
        assertThatThrownBy(() -> changes.change(CITY_ADMIN, structure.pupil1,
                new PersonChange("Aino", "Virtanen", null, null, "soita minulle"))).hasMessageStartingWith("phone: ");

        assertThat(changes.details(CITY_ADMIN, structure.pupil1)).isEqualTo(before);
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(structure.pupil1, null, "person.changed", null, null)))
                .isEqualTo(audited);
    }

    @Test
    void aPrincipalCannotEditNorEndTheRolesOfAnotherSchoolsPeople() {
        UUID stranger = register.addPerson(CITY_ADMIN, new NewPerson("Olli", "Muualla", null, null, null, Role.TEACHER,
                structure.otherSchool));
        RoleSummary role = changes.rolesOf(CITY_ADMIN, stranger).getFirst();

        assertThatThrownBy(() -> changes.change(PRINCIPAL, stranger,
                new PersonChange("Olli", "Muutettu", null, null, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> changes.details(PRINCIPAL, stranger)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> changes.endRole(PRINCIPAL, role.id(), LocalDate.now()))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(changes.details(CITY_ADMIN, stranger).familyName()).isEqualTo("Muualla");
        assertThat(changes.rolesOf(CITY_ADMIN, stranger).getFirst().endDate()).isNull();
    }

    @Test
    void aRoleEndsOnADayNotBeforeItBegan() {
        RoleSummary role = changes.rolesOf(PRINCIPAL, structure.pupil2).getFirst();
        assertThat(role.role()).isEqualTo(Role.STUDENT);
        assertThat(role.schoolName()).isEqualTo("Hakunilan koulu");
        assertThat(role.endDate()).isNull();

        assertThatThrownBy(() -> changes.endRole(PRINCIPAL, role.id(), role.beginDate().minusDays(1)))
                .hasMessageStartingWith("endDate: ");
        assertThatThrownBy(() -> changes.endRole(PRINCIPAL, role.id(), null)).hasMessageStartingWith("endDate: ");
        assertThat(changes.rolesOf(PRINCIPAL, structure.pupil2).getFirst().endDate()).isNull();

        changes.endRole(PRINCIPAL, role.id(), role.beginDate());

        RoleSummary ended = changes.rolesOf(PRINCIPAL, structure.pupil2).getFirst();
        assertThat(ended.endDate()).isEqualTo(role.beginDate());
        assertThat(ended.currentOn(role.beginDate().plusDays(1))).isFalse();
        assertThat(audit.count(CITY_ADMIN, new AuditQuery(structure.pupil2, "principal-account", "person.role-ended",
                null, null))).isEqualTo(1);
    }
}
