package fi.kasvu.ui.portal;

import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.PortalBrowser;
import fi.kasvu.ui.RealmFixture;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Each portal in a real browser, signed in through the real Keycloak: the person's own home, a guardian's switch
 * between children by keyboard, the language switch, and who is refused what; every page seen is checked with axe
 * against WCAG 2.1 A and AA ({@link AccessibleRoutes} lists them per role), and so is every page of the administration.
 */
@KasvuTest
@Import(HomeViewTest.Cards.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalsChromiumTest {

    private static final String CITY_ADMIN = "kaisa.kunta@families.test";

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired ApplicationContext spring;
    @LocalServerPort int port;

    RealmFixture realm;
    PortalFamilies families;
    TenantId town;
    PortalBrowser browser;

    @BeforeAll
    void families() {
        assumeTrue(PortalBrowser.available(), "skipped: no /usr/bin/chromium and /usr/bin/chromedriver");
        realm = new RealmFixture(realms, keycloak, tenancy);
        town = realm.municipality(registry, migrations, "perhe");
        families = PortalFamilies.in(town, spring, realm);
        realm.user(town.slug(), CITY_ADMIN, "Kaisa", "Kunta", "city-admin");
    }

    @AfterAll
    void deleteRealms() {
        if (realm != null) {
            realm.close();
        }
    }

    @BeforeEach
    void chromium() {
        browser = new PortalBrowser("http://" + town.slug() + "." + KasvuTest.BASE_DOMAIN + ":" + port);
    }

    @AfterEach
    void close(TestInfo test) {
        if (browser != null) {
            browser.keepPage("chromium-" + test.getTestMethod().orElseThrow().getName());
            browser.close();
        }
    }

    @Test
    void aGuardianSwitchesBetweenTheirChildrenByKeyboardInTheirLanguageAndIsRefusedAnotherFamilysChild() {
        browser.signIn(PortalFamilies.GUARDIAN, RealmFixture.PASSWORD);
        assertThat(browser.text(By.id("koti-otsikko"))).isEqualTo("Hei, Hanna Virtanen");
        assertThat(browser.text(By.id("koti-lapsi"))).isEqualTo("Aino Virtanen");
        assertThat(browser.text(By.id("testikortti-oppilas"))).contains("about Aino Virtanen");
        assertThat(browser.text(By.id("koti-lapset"))).contains("Eetu Virtanen").contains("Helmi Virtanen")
                .doesNotContain("Onni");
        browser.checkAccessibility("guardian home");

        browser.visible(By.id("koti-lapsi-" + families.helmi())).sendKeys(Keys.ENTER);
        browser.waitForPage();
        assertThat(browser.text(By.id("koti-lapsi"))).isEqualTo("Helmi Virtanen");
        assertThat(browser.visible(By.id("koti-lapsi-" + families.helmi())).getDomAttribute("aria-current"))
                .isEqualTo("page");

        browser.click(By.id("kasvu-kieli-sv"));
        browser.waitForPage();
        assertThat(browser.text(By.id("koti-otsikko"))).isEqualTo("Hej, Hanna Virtanen");
        assertThat(browser.text(By.id("koti-lapsi"))).as("the chosen child stays").isEqualTo("Helmi Virtanen");
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("sv");
        browser.checkAccessibility("guardian home in Swedish");
        browser.screenshot("chromium-guardian-home-sv");

        browser.open("koti/" + families.onni());
        assertThat(browser.text(By.id("koti-kielletty"))).contains("Du kan inte se den här elevens uppgifter");
        assertThat(browser.text(By.id("koti-lapsi"))).isEqualTo("Helmi Virtanen");
        assertThat(browser.driver().getPageSource()).doesNotContain("Onni");

        browser.checkAccessibility(AccessibleRoutes.of(AccessibleRoutes.GUARDIAN), "guardian");
        browser.assertAccessible();
    }

    @Test
    void aStudentSeesTheirOwnPageInEnglishAndNotTheirSistersPage() {
        browser.signIn(PortalFamilies.STUDENT, RealmFixture.PASSWORD);
        assertThat(browser.text(By.id("koti-otsikko"))).isEqualTo("Hei, Eetu Virtanen");
        assertThat(browser.text(By.id("testikortti-oppilas"))).contains("about Eetu Virtanen");
        assertThat(browser.driver().findElements(By.id("koti-lapset"))).isEmpty();

        browser.click(By.id("kasvu-kieli-en"));
        browser.waitForPage();
        assertThat(browser.text(By.id("koti-otsikko"))).isEqualTo("Hello, Eetu Virtanen");
        assertThat(browser.text(By.id("kasvu-kirjaudu-ulos"))).isEqualTo("Sign out");

        browser.open("koti/" + families.aino());
        assertThat(browser.text(By.id("koti-kielletty"))).contains("You may not see this student's information");
        assertThat(browser.driver().getPageSource()).doesNotContain("Aino");

        browser.checkAccessibility(AccessibleRoutes.of(AccessibleRoutes.STUDENT), "student");
        browser.assertAccessible();
    }

    @Test
    void aTeacherSeesTheCardsOfTheirWorkAndNoStudentsHomePage() {
        browser.signIn(PortalFamilies.TEACHER, RealmFixture.PASSWORD);
        assertThat(browser.text(By.id("koti-otsikko"))).isEqualTo("Hei, Matti Matikainen");
        assertThat(browser.text(By.id("testikortti-opettaja"))).contains("for a teacher");
        assertThat(browser.driver().findElements(By.id("testikortti-oppilas"))).isEmpty();

        browser.open("koti/" + families.onni());
        assertThat(browser.text(By.id("koti-kielletty"))).contains("Et voi katsoa tämän oppilaan tietoja");
        assertThat(browser.driver().getPageSource()).doesNotContain("Onni Korhonen");

        browser.click(By.id("kasvu-kieli-sv"));
        browser.waitForPage();
        assertThat(browser.text(By.id("koti-otsikko"))).isEqualTo("Hej, Matti Matikainen");

        browser.checkAccessibility(AccessibleRoutes.of(AccessibleRoutes.TEACHER), "teacher");
        browser.assertAccessible();
    }

    @Test
    void aPrincipalSeesTheirOwnSchoolAndNotAnother() {
        browser.signIn(PortalFamilies.PRINCIPAL, RealmFixture.PASSWORD);
        assertThat(browser.text(By.id("koti-otsikko"))).isEqualTo("Hei, Riikka Rehtori");

        browser.click(By.id("kasvu-hallinta-linkki"));
        browser.waitForPage();
        String schools = browser.text(By.tagName("main"));
        assertThat(schools).contains("Hakunilan koulu").doesNotContain("Kartanonkosken koulu");

        browser.open("koti/" + families.helmi());
        assertThat(browser.text(By.id("koti-kielletty"))).contains("Et voi katsoa tämän oppilaan tietoja");
        assertThat(browser.driver().getPageSource()).doesNotContain("Helmi Virtanen");

        browser.checkAccessibility(AccessibleRoutes.of(AccessibleRoutes.PRINCIPAL), "principal");
        browser.assertAccessible();
    }

    @Test
    void governanceSeesTheDashboardsAndNoPupilsPages() {
        realm.user(town.slug(), "sirpa.sivistys@families.test", "Sirpa", "Sivistysjohtaja", "governance");
        browser.signIn("sirpa.sivistys@families.test", RealmFixture.PASSWORD);
        assertThat(browser.text(By.id("kortti-tilannekuva"))).contains("Tilannekuva");

        browser.open("tilannekuva");
        assertThat(browser.text(By.tagName("main"))).contains("Koko kunta").contains("oppilasta");
        browser.checkAccessibility("governance, /tilannekuva");

        browser.open("koti/" + families.aino());
        assertThat(browser.text(By.tagName("main"))).contains("Et voi katsoa tämän oppilaan tietoja");
        assertThat(browser.driver().getPageSource()).doesNotContain("Aino Virtanen");
        for (String pupilsPage : List.of("tuki", "varhainen-tuki", "oppilashuolto")) {
            // a page governance may not open is "not found", in Finnish, with a way back to the front page
            browser.open(pupilsPage);
            assertThat(browser.text(By.id("sivua-ei-loydy"))).isEqualTo("Sivua ei löytynyt");
            assertThat(browser.text(By.tagName("main"))).as(pupilsPage).contains("Sivua ei löytynyt")
                    .contains("/" + pupilsPage);
            assertThat(browser.driver().findElement(By.id("sivua-ei-loydy-etusivulle")).getText()).isEqualTo("Etusivulle");
            assertThat(browser.driver().getPageSource()).as(pupilsPage).doesNotContain("Aino Virtanen")
                    .doesNotContain("tuki-oppilas").doesNotContain("varhainen-halytykset");
            browser.checkAccessibility("governance, refused /" + pupilsPage);
        }
        browser.click(By.id("sivua-ei-loydy-etusivulle"));
        assertThat(browser.text(By.id("kortti-tilannekuva"))).as("back home").contains("Tilannekuva");
        browser.checkAccessibility(AccessibleRoutes.of(List.of()), "governance");
        browser.assertAccessible();
    }

    @Test
    void aWelfareWorkerWithoutAGrantSeesNoPupils() {
        realm.user(town.slug(), "kaisa.kuraattori@families.test", "Kaisa", "Kuraattori", "welfare");
        browser.signIn("kaisa.kuraattori@families.test", RealmFixture.PASSWORD);

        browser.open("oppilashuolto");
        assertThat(browser.text(By.tagName("main"))).contains("Sinulla ei ole tänään voimassa olevia käyttöoikeuksia");
        browser.checkAccessibility(AccessibleRoutes.of(List.of("oppilashuolto")), "welfare");
        browser.assertAccessible();
    }

    @Test
    void theFrontPageAndEveryPageOfTheAdministrationAreAccessible() {
        browser.checkAccessibility(AccessibleRoutes.ANONYMOUS, "anonymous");
        browser.signIn(CITY_ADMIN, RealmFixture.PASSWORD);
        browser.checkAccessibility(AccessibleRoutes.of(AccessibleRoutes.CITY_ADMIN), "city admin");

        browser.click(By.id("kasvu-kieli-en"));
        browser.waitForPage();
        browser.open("hallinta/koulut");
        assertThat(browser.text(By.tagName("main"))).contains("Schools").contains("Kind of school")
                .contains("Add a school or change the chosen one").doesNotContain("Koulumuoto");
        browser.open("hallinta/lukuvuodet");
        assertThat(browser.text(By.tagName("main"))).contains("School years").contains("Add a school year");
        browser.checkAccessibility("city admin, in English, /hallinta/lukuvuodet");
        browser.assertAccessible();
    }
}
