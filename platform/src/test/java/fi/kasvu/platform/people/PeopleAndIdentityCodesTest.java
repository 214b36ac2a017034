package fi.kasvu.platform.people;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.AuditEntry;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.Paging;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** People in the grids, and the identity code: stored once, masked everywhere, revealed only with an audit entry. */
@PlatformTest
class PeopleAndIdentityCodesTest {

    static final String CODE = "010112A943Y";

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired TenantConnections connections;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister register;
    @Autowired PeopleDirectory people;
    @Autowired IdentityCodes identityCodes;
    @Autowired AuditLog audit;

    TenantId tenant;
    TenantContext.Binding bound;
    SchoolStructureFixture structure;

    @BeforeEach
    void municipality() {
        tenant = TenantFixture.activeMunicipality(registry, migrations, "espoo");
        bound = context.bind(tenant);
        structure = new SchoolStructureFixture(schools, calendar, classes, enrollments, register);
    }

    @AfterEach
    void unbind() throws Exception {
        bound.close();
    }

    @Test
    void revealingTheCodeWritesTheAuditLogFirstAndEverywhereElseItIsMasked() {
        long before = audit.count(CITY_ADMIN, new AuditQuery(structure.pupil1, null, "identity-code.revealed", null, null));

        assertThat(identityCodes.masked(PRINCIPAL, structure.pupil1)).hasValue("010112A****");
        assertThat(people.person(CITY_ADMIN, structure.pupil1).maskedIdentityCode()).isEqualTo("010112A****");
        assertThat(people.people(PRINCIPAL, new PeopleQuery("aino", null, null, null), Paging.first(10)))
                .extracting(PersonSummary::maskedIdentityCode).containsExactly("010112A****");
        assertThat(people.person(CITY_ADMIN, structure.pupil1).toString()).doesNotContain("943Y");
        assertThat(before).isZero();

        assertThat(identityCodes.reveal(CITY_ADMIN, structure.pupil1)).hasValue(CODE);

        var entries = audit.search(CITY_ADMIN, new AuditQuery(structure.pupil1, "kaisa", "identity-code.revealed", null,
                null), 0, 10);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).contains("Kaisa Pääkäyttäjä").contains("city-admin-account");
            assertThat(entry.detail()).doesNotContain("943Y").doesNotContain("010112");
        });
        assertThat(audit.search(CITY_ADMIN, AuditQuery.everything(), 0, 500)).extracting(AuditEntry::detail)
                .noneMatch(detail -> detail != null && detail.contains("943Y"));
    }

    @Test
    void onlyACityAdminSeesTheWholeCodeAndARefusalLeavesNoReveal() {
        assertThatThrownBy(() -> identityCodes.reveal(PRINCIPAL, structure.pupil1))
                .isInstanceOf(AccessRefusedException.class);

        assertThat(audit.count(CITY_ADMIN, new AuditQuery(null, null, "identity-code.revealed", null, null))).isZero();
    }

    @Test
    void theCodeIsSetOnceAndBelongsToOnePerson() {
        assertThatThrownBy(() -> identityCodes.setIdentityCode(CITY_ADMIN, structure.pupil1, "150808A1235"))
                .hasMessageStartingWith("identityCode: ").hasMessageContaining("stored once");
        assertThatThrownBy(() -> register.addPerson(CITY_ADMIN, new NewPerson("Toinen", "Henkilö", null, null, CODE,
                Role.STUDENT, structure.ownSchool))).hasMessageStartingWith("identityCode: ")
                .hasMessageContaining("another person").hasMessageNotContaining("943Y");
        assertThatThrownBy(() -> identityCodes.setIdentityCode(CITY_ADMIN, structure.pupil2, "150808A1235"))
                .hasMessageStartingWith("identityCode: ").hasMessageContaining("birth date");

        identityCodes.setIdentityCode(CITY_ADMIN, structure.pupil2, "040312A123" + check("040312123"));

        assertThat(people.person(CITY_ADMIN, structure.pupil2).maskedIdentityCode()).isEqualTo("040312A****");
    }

    @Test
    void aWrongCodeOrNameIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = people.countPeople(CITY_ADMIN, PeopleQuery.everyone());

        assertThatThrownBy(() -> register.addPerson(CITY_ADMIN, new NewPerson("Matti", "Virhe", null, null,
                "010112A943X", Role.STUDENT, structure.ownSchool)))
                .hasMessage("identityCode: the identity code's check character does not match");
        assertThatThrownBy(() -> register.addPerson(CITY_ADMIN, new NewPerson(" ", "Virhe", null, null, null,
                Role.STUDENT, structure.ownSchool))).hasMessageStartingWith("givenName: ");
        assertThatThrownBy(() -> register.addPerson(CITY_ADMIN, new NewPerson("Matti", "Virhe", "ei-osoite", null, null,
                Role.STUDENT, structure.ownSchool))).hasMessageStartingWith("email: ");
        assertThatThrownBy(() -> register.addPerson(CITY_ADMIN, new NewPerson("Matti", "Virhe", null,
                LocalDate.of(2012, 1, 2), CODE.replace("943Y", "944" + check("010112944")), Role.STUDENT,
                structure.ownSchool))).hasMessageStartingWith("birthDate: ");
        assertThatThrownBy(() -> register.addPerson(CITY_ADMIN, new NewPerson("Matti", "Virhe", null, null, null,
                null, structure.ownSchool))).hasMessageStartingWith("role: ");

        assertThat(people.countPeople(CITY_ADMIN, PeopleQuery.everyone())).isEqualTo(before);
    }

    @Test
    void peopleAreFoundByNameRoleSchoolAndClassWithinThePrincipalsSchool() {
        register.addPerson(CITY_ADMIN, new NewPerson("Otto", "Muualla", null, null, null, Role.STUDENT,
                structure.otherSchool));

        assertThat(people.people(PRINCIPAL, new PeopleQuery(null, Role.STUDENT, null, null), Paging.first(10)))
                .extracting(PersonSummary::name).containsExactly("Aino Oppilas", "Eetu Oppilas");
        assertThat(people.people(CITY_ADMIN, new PeopleQuery("oppi", null, null, structure.class7b), Paging.first(10)))
                .hasSize(2);
        assertThat(people.countPeople(CITY_ADMIN, new PeopleQuery(null, Role.STUDENT, null, null))).isEqualTo(3);
        assertThat(people.countPeople(PRINCIPAL, PeopleQuery.everyone())).isEqualTo(3);
        assertThat(people.people(PRINCIPAL, new PeopleQuery(null, null, null, null), new Paging(0, 10, "familyName", true)))
                .extracting(PersonSummary::familyName).containsExactly("Rehtori", "Oppilas", "Oppilas");
        var outsider = people.people(CITY_ADMIN, new PeopleQuery("otto", null, null, null), Paging.first(1)).getFirst();
        assertThatThrownBy(() -> people.person(PRINCIPAL, outsider.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> people.people(PRINCIPAL, new PeopleQuery(null, null, structure.otherSchool, null),
                Paging.first(10))).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void anInvitedMemberOfStaffIsLinkedToTheirAccountOnce() {
        var teacher = register.linkStaffAccount(CITY_ADMIN, "Tiina Opettaja", "Tiina.Opettaja@kunta.test", "kc-user-1");

        assertThat(register.personOf("kc-user-1")).hasValue(teacher);
        assertThat(register.linkStaffAccount(CITY_ADMIN, "Tiina Opettaja", "tiina.opettaja@kunta.test", "kc-user-1"))
                .isEqualTo(teacher);
        assertThat(people.person(CITY_ADMIN, teacher).hasAccount()).isTrue();
        assertThat(people.person(CITY_ADMIN, teacher).familyName()).isEqualTo("Opettaja");
        assertThatThrownBy(() -> register.linkStaffAccount(PRINCIPAL, "X", "x@kunta.test", "kc-user-2"))
                .isInstanceOf(AccessRefusedException.class);
    }

    static char check(String nineDigits) {
        return "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(nineDigits) % 31));
    }
}
