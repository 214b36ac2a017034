package fi.kasvu.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.kasvu.KasvuApplication;
import fi.kasvu.platform.OwnDatabaseInitializer;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole way from sign-up to sign-in in a real browser, headless Debian Chromium: a municipality signs up on the
 * platform's page and watches its provisioning; its first city admin opens the invitation Keycloak mailed them (through
 * GreenMail, this test's SMTP server), chooses a password, sets up a one-time-password app, comes back to the new
 * portal, signs in with both, lands on their home, sees their own page, opens the administration, and signs out, which ends Keycloak's
 * session too. Chromium resolves {@code *.localhost} to this machine, so this application runs with the base domain
 * {@code localhost}, in a database of its own.
 */
@SpringBootTest(classes = KasvuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "kasvu.tenancy.base-domain=localhost")
@ContextConfiguration(initializers = {OwnDatabaseInitializer.class, KnownPortInitializer.class})
@TypeExcludeFilters(WithoutPlatformTestApplication.class)
@DirtiesContext
class SignUpToSignInChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ADMIN_NAME = "Maija Meikäläinen";
    private static final String NEW_PASSWORD = "Maijan-oma-vahva-salasana-2";

    @RegisterExtension
    static final GreenMailExtension smtp = InvitationMail.smtpServer();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        InvitationMail.sendThrough(smtp, properties);
    }

    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @LocalServerPort int port;

    WebDriver browser;
    Path profile;
    TenantId municipality;
    /** The one-time-password app's secret, as the admin typed it into their app. */
    String otpSecret;

    @BeforeEach
    void chromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: no /usr/bin/chromium and /usr/bin/chromedriver (apt-get install -y chromium chromium-driver)");
        profile = Files.createTempDirectory("kasvu-chromium-");
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1024", "--user-data-dir=" + profile);
        // a Finnish browser, as the texts checked below are the portal's Finnish ones
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fi-FI,fi"));
        var driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterEach
    void close() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (municipality != null) {
            realms.deleteRealm(municipality);
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void aMunicipalitySignsUpAndItsFirstAdminFollowsTheInvitationSignsInAndOutAgain() throws IOException {
        String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt(0x10000), 4);
        String email = "maija.meikalainen@kasvula-" + suffix + ".example";
        try {
            String portal = signUp("Kasvula " + suffix, "kasvula-" + suffix, email);

            String invitation = InvitationMail.linkTo(smtp, email);
            assertThat(invitation).startsWith(keycloak.url() + "/realms/" + municipality.slug() + "/login-actions/");
            browser.get(invitation);
            completeRequiredActions(portal);
            assertThat(otpSecret).as("the admin set up a one-time-password app").isNotBlank();

            click(By.id("kasvu-oma-linkki"));
            signInWithPasswordAndOneTimePassword(portal, email);
            browser.get(portal + "/oma");

            assertThat(visible(By.id("oma-nimi")).getText()).isEqualTo(ADMIN_NAME);
            assertThat(visible(By.id("oma-tunnus")).getText()).isEqualTo(email);
            assertThat(visible(By.id("oma-roolit")).getText()).contains("Kunnan pääkäyttäjä");

            click(By.id("kasvu-hallinta-linkki"));
            assertThat(visible(By.cssSelector("#displayName input")).getDomProperty("value")).isEqualTo("Kasvula " + suffix);
            assertThat(visible(By.id("logo-upload")).isDisplayed()).isTrue();

            browser.get(portal + "/oma");
            click(By.id("kirjaudu-ulos"));
            waitUntil(ExpectedConditions.urlToBe(portal + "/"));
            assertThat(visible(By.id("kasvu-oma-linkki")).getText()).isEqualTo("Kirjaudu sisään");

            browser.get(portal + "/oma");
            assertThat(visible(By.id("username")).isDisplayed()).as("Keycloak asks who is signing in again").isTrue();
            assertThat(browser.getCurrentUrl()).startsWith(keycloak.url() + "/realms/" + municipality.slug() + "/");
        } catch (RuntimeException | AssertionError failure) {
            Path page = Path.of("target", "chromium-failure.html");
            Files.writeString(page, "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource());
            throw new AssertionError("failed at " + browser.getCurrentUrl() + " (page in " + page.toAbsolutePath() + ")",
                    failure);
        }
    }

    /** Fills in the sign-up page as a person would, and waits for the new portal's address; returns it. */
    private String signUp(String name, String expectedSlug, String email) {
        browser.get("http://localhost:" + port + "/signup");
        visible(By.cssSelector("#municipality input")).sendKeys(name);
        waitUntil(driver -> expectedSlug.equals(browser.findElement(By.cssSelector("#slug input")).getDomProperty("value")));
        municipality = TenantId.of(expectedSlug);
        visible(By.cssSelector("#businessId input")).sendKeys("0124610-9");
        visible(By.cssSelector("#adminName input")).sendKeys(ADMIN_NAME);
        visible(By.cssSelector("#adminEmail input")).sendKeys(email);
        visible(By.cssSelector("#students input")).sendKeys("1200");
        click(By.id("signup-submit"));

        WebElement portalLink = new WebDriverWait(browser, Duration.ofSeconds(120))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("signup-portal-link")));
        assertThat(browser.findElements(By.cssSelector("#signup-progress li[data-state=DONE]"))).hasSize(6);
        String portal = portalLink.getDomAttribute("href");
        assertThat(portal).isEqualTo("http://" + expectedSlug + ".localhost:" + port);
        return portal;
    }

    /**
     * Keycloak asks for the password, then for a code of the app just set up; a code of the next 30 seconds, since
     * Keycloak takes each code once and the one of these 30 seconds may have gone to setting the app up.
     */
    private void signInWithPasswordAndOneTimePassword(String portal, String username) {
        Instant deadline = Instant.now().plusSeconds(60);
        // the page itself, not the address: /koti shows for a moment before it sends an anonymous visitor to sign in
        while (!(browser.getCurrentUrl().startsWith(portal + "/koti") && present(By.id("koti-otsikko")))) {
            assertThat(Instant.now()).as("signed in").isBefore(deadline);
            if (present(By.id("username"))) {
                browser.findElement(By.id("username")).sendKeys(username);
                browser.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
                submitAndWait(By.id("kc-login"));
            } else if (present(By.id("otp"))) {
                browser.findElement(By.id("otp")).sendKeys(Totp.code(otpSecret, Instant.now().plusSeconds(30)));
                submitAndWait(By.id("kc-login"));
            } else {
                sleep();
            }
        }
    }

    /**
     * From the invitation's link: Keycloak asks to go on, for a password and for a one-time-password app, in whichever
     * order it likes, and at the end offers the way back to the portal.
     */
    private void completeRequiredActions(String portal) {
        Instant deadline = Instant.now().plusSeconds(60);
        By backToPortal = By.cssSelector("a[href^='" + portal + "']");
        By proceed = By.cssSelector("a[href*='/login-actions/action-token']");
        while (!browser.getCurrentUrl().startsWith(portal)) {
            assertThat(Instant.now()).as("Keycloak's required actions done").isBefore(deadline);
            if (present(By.id("password-new"))) {
                browser.findElement(By.id("password-new")).sendKeys(NEW_PASSWORD);
                browser.findElement(By.id("password-confirm")).sendKeys(NEW_PASSWORD);
                submitAndWait(By.id("kc-submit"));
            } else if (present(By.id("mode-manual"))) {
                submitAndWait(By.id("mode-manual"));
            } else if (present(By.id("kc-totp-secret-key"))) {
                otpSecret = browser.findElement(By.id("kc-totp-secret-key")).getText();
                browser.findElement(By.id("totp")).sendKeys(Totp.code(otpSecret, Instant.now()));
                browser.findElement(By.id("userLabel")).sendKeys("Testin puhelin");
                submitAndWait(By.id("saveTOTPBtn"));
            } else if (present(backToPortal)) {
                submitAndWait(backToPortal);
            } else if (present(proceed)) {
                submitAndWait(proceed);
            } else {
                sleep();
            }
        }
    }

    private void submitAndWait(By button) {
        WebElement element = browser.findElement(button);
        element.click();
        waitUntil(ExpectedConditions.stalenessOf(element));
    }

    private boolean present(By locator) {
        List<WebElement> found = browser.findElements(locator);
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    private void click(By locator) {
        waitUntil(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private WebElement visible(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition::apply);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
