package fi.kasvu.ui.administration;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.IdentityCodes;
import fi.kasvu.platform.people.PeopleDirectory;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonChange;
import fi.kasvu.platform.people.PersonChanges;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolLanguage;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.RealmFixture;
import fi.kasvu.ui.SignInClient;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school pages of the administration over HTTP, signed in through the municipality's real realm: a city admin
 * sees every school and the audit log, a principal only their own school (the person their account is linked to
 * leads it), a teacher none of it.
 */
@KasvuTest
@org.junit.jupiter.api.extension.ExtendWith(fi.kasvu.ui.i18n.WithTranslations.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolAdministrationAccessTest {

    private static final String CITY_ADMIN = "kaisa.paakayttaja@kasvu.test";
    private static final String PRINCIPAL = "risto.rehtori@kasvu.test";
    private static final String TEACHER = "tiina.opettaja@kasvu.test";
    private static final Actor SEED = Actor.system("test");

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired PersonRegister people;
    @Autowired PeopleDirectory directory;
    @Autowired IdentityCodes identityCodes;
    @Autowired Guardianships guardianships;
    @Autowired PersonChanges changes;
    @Autowired AuditLog audit;
    @LocalServerPort int port;

    RealmFixture fixture;
    VaadinClient vaadin;
    TenantId espoo;
    UUID pupil;
    UUID ownSchool;
    String principalAccount;

    @BeforeAll
    void municipalityWithTwoSchoolsAnAdminAPrincipalAndATeacher() {
        fixture = new RealmFixture(realms, keycloak, tenancy);
        vaadin = new VaadinClient(port);
        espoo = fixture.municipality(registry, migrations, "espoo");
        fixture.user(espoo.slug(), CITY_ADMIN, "Kaisa", "Pääkäyttäjä", "city-admin");
        principalAccount = fixture.user(espoo.slug(), PRINCIPAL, "Risto", "Rehtori", "principal");
        fixture.user(espoo.slug(), TEACHER, "Tiina", "Opettaja", "teacher");
        context.runAs(espoo, () -> {
            UUID own = schools.addSchool(SEED, "Olarin koulu", SchoolKind.BASIC).id();
            ownSchool = own;
            UUID other = schools.addSchool(SEED, "Tapiolan lukio", SchoolKind.UPPER_SECONDARY).id();
            UUID year = calendar.addSchoolYear(SEED, LocalDate.now().getMonthValue() >= 8 ? LocalDate.now().getYear() + 1
                    : LocalDate.now().getYear()).id();
            classes.addClass(SEED, new NewClass(own, year, "5C", ClassType.HOMEROOM, Set.of(), null, null));
            classes.addClass(SEED, new NewClass(other, year, "MAA03", ClassType.TEACHING_GROUP, Set.of(), null, "MA"));
            UUID principal = people.addPerson(SEED, new NewPerson("Risto", "Rehtori", PRINCIPAL, null, null,
                    Role.PRINCIPAL, own));
            people.linkAccount(SEED, principal, principalAccount);
            pupil = people.addPerson(SEED, new NewPerson("Aino", "Oppilas", null, null, "010112A943Y", Role.STUDENT, own));
        });
    }

    @AfterAll
    void deleteRealms() {
        fixture.close();
    }

    @Test
    void aCityAdminSeesEverySchoolAndTheAuditLog() {
        String admin = signIn(CITY_ADMIN);

        assertThat(vaadin.render(hostOf(espoo), SchoolsView.ROUTE, admin).uidl())
                .contains("Olarin koulu").contains("Tapiolan lukio").contains(AuditLogView.ROUTE)
                .contains("Lisää koulu");
        assertThat(vaadin.render(hostOf(espoo), AuditLogView.ROUTE, admin).uidl()).contains("Loki kertoo");
    }

    @Test
    void aCityAdminSeesEachSchoolsLanguageOfInstructionAndChoosesItAPrincipalOnlySeesIt() {
        context.runAs(espoo, () -> schools.addSchool(SEED, "Mattby skola", SchoolKind.BASIC, SchoolLanguage.SWEDISH));

        String admin = vaadin.render(hostOf(espoo), SchoolsView.ROUTE, signIn(CITY_ADMIN)).uidl();
        String principal = vaadin.render(hostOf(espoo), SchoolsView.ROUTE, signIn(PRINCIPAL)).uidl();

        assertThat(admin).contains("Opetuskieli", "Lukuvuositodistukset ovat koulun opetuskielellä")
                .contains("\"col0\":\"Mattby skola\",\"col1\":\"Perusopetus\",\"col2\":\"ruotsi\"")
                .contains("\"col0\":\"Olarin koulu\",\"col1\":\"Perusopetus\",\"col2\":\"suomi\"");
        assertThat(readOnly(admin, "school-language")).isFalse();
        assertThat(principal).contains("\"col0\":\"Olarin koulu\",\"col1\":\"Perusopetus\",\"col2\":\"suomi\"")
                .doesNotContain("Mattby skola");
        assertThat(readOnly(principal, "school-language")).isTrue();
    }

    /** Whether the rendered page makes the component with the id read-only. */
    private static boolean readOnly(String uidl, String id) {
        var node = java.util.regex.Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,"
                + "\"value\":\"" + id + "\"}").matcher(uidl);
        assertThat(node.find()).as("the page has " + id).isTrue();
        var readOnly = java.util.regex.Pattern.compile("\\{\"node\":" + node.group(1) + ",\"type\":\"put\","
                + "\"key\":\"readonly\",\"feat\":\\d+,\"value\":(true|false)}").matcher(uidl);
        assertThat(readOnly.find()).as(id + " says whether it is read-only").isTrue();
        return Boolean.parseBoolean(readOnly.group(1));
    }

    @Test
    void aPrincipalSeesOnlyTheirOwnSchoolAndNoAuditLog() {
        String principal = signIn(PRINCIPAL);

        assertThat(vaadin.render(hostOf(espoo), "", principal).uidl()).contains(SchoolsView.ROUTE).contains("Hallinta");
        assertThat(vaadin.render(hostOf(espoo), SchoolsView.ROUTE, principal).uidl())
                .contains("Olarin koulu").doesNotContain("Tapiolan lukio").doesNotContain(AuditLogView.ROUTE)
                .doesNotContain(BrandingView.ROUTE);
        assertThat(vaadin.render(hostOf(espoo), ClassesView.ROUTE, principal).uidl())
                .contains("Olarin koulu").doesNotContain("Tapiolan lukio");
        assertThat(vaadin.render(hostOf(espoo), AuditLogView.ROUTE, principal).uidl()).doesNotContain("Loki kertoo");
        assertThat(vaadin.render(hostOf(espoo), BrandingView.ROUTE, principal).uidl()).doesNotContain("Kunnan nimi");
    }

    @Test
    void aTeacherIsRefusedTheSchoolPages() {
        String teacher = signIn(TEACHER);

        for (String route : new String[] {SchoolsView.ROUTE, ClassesView.ROUTE, PeopleView.ROUTE,
                EnrollmentsView.ROUTE, SchoolYearsView.ROUTE}) {
            assertThat(vaadin.render(hostOf(espoo), route, teacher).uidl()).as(route)
                    .doesNotContain("Olarin koulu").doesNotContain("kasvu-admin-nav");
        }
        assertThat(vaadin.render(hostOf(espoo), "", teacher).uidl()).doesNotContain(SchoolsView.ROUTE);
    }

    @Test
    void theIdentityCodeIsShownMaskedAndOnlyACityAdminRevealsItWithAnAuditEntry() {
        var admin = new Actor("admin-account", "Kaisa Pääkäyttäjä", Set.of(Actor.CITY_ADMIN));
        var principal = new Actor(principalAccount, "Risto Rehtori", Set.of(Actor.PRINCIPAL));
        context.runAs(espoo, () -> {
            var details = new PersonDetails(identityCodes, guardianships, changes, admin, () -> { });
            details.show(directory.person(admin, pupil));

            assertThat(details.identityCode.getText()).isEqualTo("010112A****");
            assertThat(details.reveal.isVisible()).isTrue();
            long before = audit.count(admin, new AuditQuery(pupil, null, "identity-code.revealed", null, null));

            details.reveal.click();

            assertThat(details.identityCode.getText()).isEqualTo("010112A943Y");
            assertThat(audit.count(admin, new AuditQuery(pupil, "admin-account", "identity-code.revealed", null, null)))
                    .isEqualTo(before + 1);
            var principalsView = new PersonDetails(identityCodes, guardianships, changes, principal, () -> { });
            principalsView.show(directory.person(admin, pupil));
            assertThat(principalsView.reveal.isVisible()).isFalse();
            assertThat(principalsView.identityCode.getText()).isEqualTo("010112A****");
        });
    }

    @Test
    void aPrincipalEditsAPupilAndEndsTheirRoleFromTheDetailsAndABadFieldIsShownInFinnishWithNothingWritten() {
        var principal = new Actor(principalAccount, "Risto Rehtori", Set.of(Actor.PRINCIPAL));
        context.runAs(espoo, () -> {
            UUID pupil2 = people.addPerson(SEED, new NewPerson("Eero", "Oppilas", null, null, null, Role.STUDENT,
                    ownSchool));
            var refreshed = new java.util.concurrent.atomic.AtomicInteger();
            var details = new PersonDetails(identityCodes, guardianships, changes, principal, refreshed::incrementAndGet);
            details.show(directory.person(principal, pupil2));
            assertThat(details.edit.givenName.getValue()).isEqualTo("Eero");

            details.edit.phone.setValue("soita");
            details.edit.save.click();

            assertThat(details.edit.phone.isInvalid()).isTrue();
            assertThat(details.edit.phone.getErrorMessage()).isEqualTo("Kirjoita puhelinnumero muodossa +358 40 123 4567.");
            assertThat(changes.details(principal, pupil2).phone()).isNull();
            assertThat(refreshed).hasValue(0);

            details.edit.phone.setValue("040 123 4567");
            details.edit.preferredGivenName.setValue("Eki");
            details.edit.familyName.setValue("Virtanen");
            details.edit.save.click();

            assertThat(changes.details(principal, pupil2)).isEqualTo(
                    new PersonChange("Eero", "Virtanen", "Eki", null, "040 123 4567"));
            assertThat(details.edit.phone.isInvalid()).isFalse();
            assertThat(details.status.getText()).isEqualTo("Henkilötiedot on tallennettu.");
            assertThat(refreshed).hasValue(1);

            var role = details.roleEnd.role.getValue();
            assertThat(role.schoolName()).isEqualTo("Olarin koulu");
            details.roleEnd.lastDay.setValue(role.beginDate().minusDays(1));
            details.roleEnd.end.click();
            assertThat(details.roleEnd.lastDay.getErrorMessage())
                    .isEqualTo("Rooli ei voi päättyä ennen kuin se on alkanut.");
            assertThat(changes.rolesOf(principal, pupil2).getFirst().endDate()).isNull();

            details.roleEnd.lastDay.setValue(role.beginDate());
            details.roleEnd.end.click();

            assertThat(changes.rolesOf(principal, pupil2).getFirst().endDate()).isEqualTo(role.beginDate());
            assertThat(details.roleEnd.isVisible()).isFalse();
            assertThat(refreshed).hasValue(2);
        });
    }

    private String signIn(String username) {
        return new SignInClient(port).signIn(hostOf(espoo), username, RealmFixture.PASSWORD);
    }
}
