package fi.kasvu.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian Chromium on the portals of a {@link KasvuTest} application: {@code *.kasvu.test} resolves to this
 * machine, so the hosts are the ones Keycloak's realms were made for. Signs in through the real Keycloak as a person
 * would, opens the portal's routes, and checks each page with {@link Axe}, gathering the violations of every page
 * so that a test reports all of them at once ({@link #assertAccessible()}).
 */
public final class PortalBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver browser;
    private final Path profile;
    private final String portal;
    private final List<String> violations = new ArrayList<>();

    /** @param portal the portal's address, {@code http://<slug>.kasvu.test:<port>} */
    public PortalBrowser(String portal) {
        this.portal = portal;
        try {
            profile = Files.createTempDirectory("kasvu-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=fi",
                "--host-resolver-rules=MAP *." + KasvuTest.BASE_DOMAIN + " 127.0.0.1",
                "--user-data-dir=" + profile);
        // the browser asks for Finnish, as most of Kasvu's users' browsers do; the tests switch language on the page
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fi-FI,fi"));
        var driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public WebDriver driver() {
        return browser;
    }

    /** Opens the route and waits for the page's main landmark to have content. */
    public void open(String route) {
        browser.get(portal + "/" + route);
        waitForPage();
    }

    /** Opens the portal's home, signs in at Keycloak with the password, and waits to be back home. */
    public void signIn(String username, String password) {
        browser.get(portal + "/koti");
        visible(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlContains(portal + "/koti"));
        visible(By.id("koti-otsikko"));
    }

    public WebElement visible(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    public String text(By what) {
        return visible(what).getText();
    }

    public void click(By what) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(what)).click();
    }

    /** Waits until Vaadin has rendered the route (the main landmark has children) and is idle. */
    public void waitForPage() {
        Instant deadline = Instant.now().plusSeconds(30);
        By main = By.cssSelector("main > *");
        while (browser.findElements(main).isEmpty()) {
            assertThat(Instant.now()).as("a page rendered at " + browser.getCurrentUrl()).isBefore(deadline);
            pause();
        }
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients || "
                                + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /** Checks the page shown now with axe and keeps what it found, named by the page. */
    public void checkAccessibility(String page) {
        violations.addAll(Axe.violations(browser, page + " (" + browser.getCurrentUrl() + ")"));
    }

    /** Opens each route and checks it. */
    public void checkAccessibility(List<String> routes, String who) {
        for (String route : routes) {
            open(route);
            checkAccessibility(who + " /" + route);
        }
    }

    /** @throws AssertionError with every violation found on every page checked so far */
    public void assertAccessible() {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " WCAG 2.1 A/AA violation(s):\n" + String.join("\n", violations));
        }
    }

    /** A picture of the page as the browser shows it, under target/, for a person to look at; its path. */
    public Path screenshot(String name) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Path file = Path.of("target", name + ".png");
            Files.write(file, png);
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the page for a failed test to look at; its path. */
    public Path keepPage(String name) {
        try {
            Path page = Path.of("target", name + ".html");
            Files.writeString(page, "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource());
            return page.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        browser.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
