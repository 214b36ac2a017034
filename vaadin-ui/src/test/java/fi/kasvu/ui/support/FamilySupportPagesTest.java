package fi.kasvu.ui.support;

import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static fi.kasvu.platform.school.SchoolStructureFixture.PRINCIPAL;
import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.kasvu.platform.audit.AuditEntry;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.EnrollmentRole;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.support.DecisionParts;
import fi.kasvu.platform.support.GroupSupportForm;
import fi.kasvu.platform.support.GroupSupports;
import fi.kasvu.platform.support.LegacyDocument;
import fi.kasvu.platform.support.LegacySupportRecords;
import fi.kasvu.platform.support.ReviewOutcome;
import fi.kasvu.platform.support.SupportDecisions;
import fi.kasvu.platform.support.SupportDraft;
import fi.kasvu.platform.support.SupportMeasure;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.PortalBrowser;
import fi.kasvu.ui.RealmFixture;
import fi.kasvu.ui.SignInClient;
import fi.kasvu.ui.VaadinClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The family's support page ({@code oma-tuki}) and home page card over HTTP, signed in through the municipality's real
 * realm: Hanna sees her daughter Aino's decisions (in force, ended, with a review) but not a draft; Aino sees her own;
 * Hanna is refused her adult son Aatu, who has not allowed her, and Aino's classmate Eetu, even through the address;
 * every read and refusal is in the audit log. Kaisa's Onni, in another school, has no support, and no card.
 */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilySupportPagesTest {

    static final String GUARDIAN = "hanna.virtanen@tuki.test";
    static final String STUDENT = "aino.oppilas@tuki.test";
    static final String OTHER_GUARDIAN = "kaisa.korhonen@tuki.test";
    static final String TEACHER = "outi.opettaja@tuki.test";
    static final String DRAFT_ONLY = "Luonnos, jota perhe ei vielä näe";
    static final String ADULTS_NEED = "Aatun tarve, jota huoltaja ei näe";
    static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Guardianships guardianships;
    @Autowired SupportDecisions decisions;
    @Autowired GroupSupports groups;
    @Autowired LegacySupportRecords legacy;
    @Autowired AuditLog audit;
    @LocalServerPort int port;

    RealmFixture realm;
    VaadinClient vaadin;
    TenantId town;
    SchoolStructureFixture school;
    UUID aatu;
    LocalDate today;

    @BeforeAll
    void aFamilyWithSupport() {
        realm = new RealmFixture(realms, keycloak, tenancy);
        vaadin = new VaadinClient(port);
        town = realm.municipality(registry, migrations, "tuki");
        today = LocalDate.now(FINLAND);
        String hannaAccount = realm.user(town.slug(), GUARDIAN, "Hanna", "Virtanen", "guardian");
        String ainoAccount = realm.user(town.slug(), STUDENT, "Aino", "Oppilas", "student");
        String kaisaAccount = realm.user(town.slug(), OTHER_GUARDIAN, "Kaisa", "Korhonen", "guardian");
        String outiAccount = realm.user(town.slug(), TEACHER, "Outi", "Opettaja", "teacher");
        context.runAs(town, () -> {
            school = new SchoolStructureFixture(schools, calendar, classes, enrollments, people);
            UUID hanna = person("Hanna", "Virtanen", null, Role.GUARDIAN, hannaAccount);
            UUID kaisa = person("Kaisa", "Korhonen", null, Role.GUARDIAN, kaisaAccount);
            UUID outi = person("Outi", "Opettaja", null, Role.TEACHER, outiAccount);
            enrollments.enroll(CITY_ADMIN, school.class7b, outi, EnrollmentRole.TEACHER, LocalDate.of(2025, 8, 1), null);
            people.linkAccount(CITY_ADMIN, school.pupil1, ainoAccount);
            guardianships.addGuardian(CITY_ADMIN, hanna, school.pupil1);
            UUID onni = people.addPerson(CITY_ADMIN, new NewPerson("Onni", "Korhonen", null, today.minusYears(13), null,
                    Role.STUDENT, school.otherSchool));
            enrollments.enroll(CITY_ADMIN, school.otherClass, onni, EnrollmentRole.STUDENT, LocalDate.of(2025, 8, 1),
                    null);
            guardianships.addGuardian(CITY_ADMIN, kaisa, onni);
            aatu = person("Aatu", "Virtanen", today.minusYears(18).minusDays(1), Role.STUDENT, null);
            enrollments.enroll(CITY_ADMIN, school.class7b, aatu, EnrollmentRole.STUDENT, LocalDate.of(2025, 8, 1), null);
            guardianships.addGuardian(CITY_ADMIN, hanna, aatu);

            decide(school.pupil1, "Lukemisen sujuvuus jää jälkeen ikätasosta.", today);
            UUID ended = decide(school.pupil1, "Kirjoittamisen tuki syksyllä.", today.minusDays(40));
            decisions.review(PRINCIPAL, ended, today.minusDays(2), ReviewOutcome.END, "Tavoitteet saavutettiin.", null);
            decisions.draft(PRINCIPAL, school.pupil1, new SupportDraft(Set.of(SupportMeasure.SPECIAL_AIDS), Set.of(),
                    DRAFT_ONLY, null, "Apuvälineet"));
            groups.record(PRINCIPAL, school.class7b, GroupSupportForm.CO_TEACHING,
                    "Samanaikaisopetus erityisopettajan kanssa kerran viikossa.", today.minusDays(30), null);
            var sections = new LinkedHashMap<String, String>();
            sections.put("Oppilaan vahvuudet", "Sinnikäs ja utelias.");
            legacy.keep(CITY_ADMIN, school.pupil1, LegacyDocument.LEARNING_PLAN, LocalDate.of(2024, 9, 2),
                    LocalDate.of(2025, 7, 31), sections);
            decide(aatu, ADULTS_NEED, today);
        });
    }

    @AfterAll
    void deleteRealm() {
        realm.close();
    }

    @Test
    void aGuardianSeesTheirChildsDecisionsInPlainWordsButNoDraftAndTheReadIsAudited() {
        long before = familyReads(school.pupil1, "Hanna");

        String page = vaadin.render(hostOf(town), FamilySupportView.ROUTE, signIn(GUARDIAN)).uidl();

        assertThat(page).contains("Oppimisen tuki").contains("Lapsi: Aino Oppilas")
                .contains("Täällä näet koulun päätökset lapsesi oppimisen tuesta")
                .contains("Voimassa " + finnish(today) + " alkaen")
                .contains("Erityisopettaja opettaa osan tunneista pienryhmässä")
                .contains("Äidinkieli ja kirjallisuus").contains("Lukemisen sujuvuus jää jälkeen ikätasosta.")
                .contains("Risto Rehtori, " + finnish(today))
                .contains("Päättyi " + finnish(today.minusDays(2)))
                .contains("Tuki päättyi tarkistuksessa " + finnish(today.minusDays(2)))
                .contains("Tuki päättyy. Tavoitteet saavutettiin.")
                .contains("Jos olet tyytymätön päätökseen")
                .contains("Samanaikaisopetus erityisopettajan kanssa kerran viikossa.")
                .contains("Oppimissuunnitelma (tehostettu tuki), 2.9.2024–31.7.2025").contains("Sinnikäs ja utelias.")
                .doesNotContain(DRAFT_ONLY).doesNotContain(ADULTS_NEED).doesNotContain("Tee päätös")
                .doesNotContain("tuki-luonnos-tallenna").doesNotContain("Aatu");
        assertThat(familyReads(school.pupil1, "Hanna")).as("the opening is an audited read").isEqualTo(before + 1);
    }

    @Test
    void aStudentSeesTheirOwnDecisionsAndTheReadIsAudited() {
        long before = familyReads(school.pupil1, "Aino");

        String page = vaadin.render(hostOf(town), FamilySupportView.ROUTE, signIn(STUDENT)).uidl();

        assertThat(page).contains("Täällä näet koulun päätökset tuesta, jota saat oppimiseesi")
                .contains("Lukemisen sujuvuus jää jälkeen ikätasosta.").doesNotContain(DRAFT_ONLY)
                .doesNotContain("Lapsi: ");
        assertThat(familyReads(school.pupil1, "Aino")).isEqualTo(before + 1);
    }

    @Test
    void aGuardianOfAStudentOfAgeWhoHasNotAllowedItIsRefusedAndToldWhy() {
        int before = refusals(aatu).size();

        String page = vaadin.render(hostOf(town), FamilySupportView.ROUTE + "/" + aatu, signIn(GUARDIAN)).uidl();

        assertThat(page).contains("Oppilas on täysi-ikäinen").doesNotContain(ADULTS_NEED)
                .doesNotContain("Aatu Virtanen").contains("oma-tuki-lapsi-" + school.pupil1);
        assertThat(refusals(aatu)).hasSize(before + 1).first().satisfies(refusal -> {
            assertThat(refusal.actor()).startsWith("Hanna Virtanen");
            assertThat(refusal.detail()).endsWith("(the student is of age)");
        });
        assertThat(familyReads(aatu, "Hanna")).isZero();
    }

    @Test
    void anotherFamilysChildIsRefusedEvenThroughTheAddressAndTheRefusalIsAudited() {
        String session = signIn(GUARDIAN);
        int before = refusals(school.pupil2).size();

        String page = vaadin.render(hostOf(town), FamilySupportView.ROUTE + "/" + school.pupil2, session).uidl();

        assertThat(page).contains("Et voi katsoa tämän oppilaan tukea").doesNotContain("Eetu Oppilas")
                .doesNotContain("Lukemisen sujuvuus");
        assertThat(refusals(school.pupil2)).hasSize(before + 1).first().extracting(AuditEntry::actor).asString()
                .startsWith("Hanna Virtanen");
        assertThat(vaadin.render(hostOf(town), FamilySupportView.ROUTE + "/ei-tunniste", session).uidl())
                .contains("Et voi katsoa tämän oppilaan tukea");
    }

    @Test
    void theHomePageHasTheCardWhenThereIsSupportAndNoneWhenThereIsNot() {
        String hanna = vaadin.render(hostOf(town), "koti", signIn(GUARDIAN)).uidl();
        String kaisa = vaadin.render(hostOf(town), "koti", signIn(OTHER_GUARDIAN)).uidl();

        assertThat(hanna).contains("oma-tuki-kortti").contains("Voimassa olevia päätöksiä oppilaskohtaisesta tuesta: 1")
                .contains("Päättyneitä päätöksiä: 1").contains("oma-tuki/" + school.pupil1);
        assertThat(kaisa).doesNotContain("oma-tuki-kortti");
        assertThat(vaadin.render(hostOf(town), "koti", signIn(STUDENT)).uidl()).contains("oma-tuki-kortti");
    }

    @Test
    void thePageSpeaksSwedishAndEnglishAndStaffGetNoFamilyPage() {
        String session = signIn(GUARDIAN);

        String swedish = new VaadinClient(port, "sv-FI,sv;q=0.9").render(hostOf(town), FamilySupportView.ROUTE,
                session).uidl();
        String english = new VaadinClient(port, "en-GB").render(hostOf(town), FamilySupportView.ROUTE, session).uidl();

        assertThat(swedish).contains("Stöd för lärande").contains("Beslut i kraft").contains("Modersmål och litteratur")
                .contains("Specialläraren undervisar en del av lektionerna");
        assertThat(english).contains("Support for learning").contains("In force from " + finnish(today))
                .contains("Mother tongue and literature").contains("If you are not satisfied with the decision");
        assertThat(vaadin.render(hostOf(town), FamilySupportView.ROUTE, signIn(TEACHER)).uidl())
                .doesNotContain("oma-tuki-asiakirja").doesNotContain("Lukemisen sujuvuus");
    }

    @Test
    void inChromiumThePageWithItsContentIsAccessibleAndTheCardLeadsToIt() {
        assumeTrue(PortalBrowser.available(), "skipped: no /usr/bin/chromium and /usr/bin/chromedriver");
        try (var browser = new PortalBrowser("http://" + town.slug() + "." + KasvuTest.BASE_DOMAIN + ":" + port)) {
            browser.signIn(GUARDIAN, RealmFixture.PASSWORD);
            browser.click(By.id("oma-tuki-kortti-linkki"));
            browser.waitForPage();
            assertThat(browser.text(By.id("oma-tuki-lapsi"))).isEqualTo("Lapsi: Aino Oppilas");
            assertThat(browser.text(By.id("oma-tuki-asiakirja"))).contains("Lukemisen sujuvuus jää jälkeen ikätasosta.")
                    .doesNotContain(DRAFT_ONLY);
            browser.checkAccessibility("guardian, /oma-tuki with decisions, group support and a record before 2025");
            browser.screenshot("chromium-family-support");
            browser.click(By.id("kasvu-kieli-sv"));
            browser.waitForPage();
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Stöd för lärande");
            browser.checkAccessibility("guardian, /oma-tuki in Swedish");
            browser.open(FamilySupportView.ROUTE + "/" + aatu);
            assertThat(browser.text(By.id("oma-tuki-kielletty"))).contains("Eleven är myndig");
            browser.checkAccessibility("guardian, /oma-tuki refused");
            browser.assertAccessible();
        }
    }

    private UUID decide(UUID student, String need, LocalDate start) {
        UUID id = decisions.draft(PRINCIPAL, student, new SupportDraft(
                Set.of(SupportMeasure.SPECIAL_NEEDS_TEACHING_PART_TIME), Set.of("AI"), need, "Lukusujuvuus paranee.",
                "Erityisopettaja kaksi tuntia viikossa pienryhmässä."));
        decisions.decide(PRINCIPAL, id, new DecisionParts(today.minusDays(3), "Huoltaja kannattaa.",
                "Ryhmäkohtainen tuki ei ole riittänyt.", start, today.plusMonths(6),
                "Oikaisuvaatimus aluehallintovirastolle 14 päivän kuluessa."));
        return id;
    }

    private UUID person(String given, String family, LocalDate born, Role role, String account) {
        UUID id = people.addPerson(CITY_ADMIN, new NewPerson(given, family, null, born, null, role, school.ownSchool));
        if (account != null) {
            people.linkAccount(CITY_ADMIN, id, account);
        }
        return id;
    }

    private long familyReads(UUID student, String actor) {
        return inTown(() -> audit.search(CITY_ADMIN, new AuditQuery(student, actor, "support.read", null, null), 0, 100)
                .stream().filter(entry -> entry.detail().equals("support document, the family's view")).count());
    }

    private List<AuditEntry> refusals(UUID student) {
        return inTown(() -> audit.search(CITY_ADMIN, new AuditQuery(student, null, "support.refused", null, null), 0,
                100));
    }

    private <T> T inTown(java.util.function.Supplier<T> work) {
        var result = new java.util.concurrent.atomic.AtomicReference<T>();
        context.runAs(town, () -> result.set(work.get()));
        return result.get();
    }

    private String signIn(String username) {
        return new SignInClient(port).signIn(hostOf(town), username, RealmFixture.PASSWORD);
    }

    private static String finnish(LocalDate date) {
        return FamilySupportDocument.date(date);
    }
}
