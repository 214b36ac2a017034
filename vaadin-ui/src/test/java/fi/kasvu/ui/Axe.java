package fi.kasvu.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page open in a browser with axe-core (Deque's engine, the {@code axe.min.js} of Maven Central's
 * {@code com.deque.html.axe-core:selenium}) against the WCAG 2.0 and 2.1 level A and AA rules, shadow DOM of Vaadin's
 * components included. {@link #violations} lists what it found, one line each: the page, the rule id, its impact,
 * what the rule asks, and each element by its CSS selector with the start of its HTML. A test checks a page with
 * {@link #check}, or collects several pages' lines and fails once at the end with all of them.
 */
public final class Axe {

    /** The rules' tags: WCAG 2.1 A and AA (2.0's rules carry 2.0's tags). */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SCRIPT = load();

    private Axe() {
    }

    /** @throws AssertionError naming every violation on the page */
    public static void check(WebDriver browser, String page) {
        List<String> found = violations(browser, page);
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " accessibility violation(s):\n" + String.join("\n", found));
        }
    }

    /** The WCAG 2.1 A/AA violations on the page the browser shows, one line each; empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver browser, String page) {
        var script = (JavascriptExecutor) browser;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe !== 'undefined'"))) {
            script.executeScript(SCRIPT);
        }
        Object result = script.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => ({target: JSON.stringify(n.target), html: n.html,
                            summary: n.failureSummary}))}))))
                    .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """, WCAG_21_AA);
        var lines = new ArrayList<String>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            for (Map<String, Object> node : (List<Map<String, Object>>) violation.get("nodes")) {
                lines.add("%s: %s (%s) %s at %s: %s | %s".formatted(page, violation.get("id"), violation.get("impact"),
                        violation.get("help"), node.get("target"), shorten(String.valueOf(node.get("html"))),
                        String.valueOf(node.get("summary")).replace('\n', ' ')));
            }
            if (((List<?>) violation.get("nodes")).isEmpty()) {
                lines.add("%s: %s (%s) %s".formatted(page, violation.get("id"), violation.get("impact"),
                        violation.get("help")));
            }
        }
        return lines;
    }

    private static String shorten(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("reading axe.min.js failed", e);
        }
    }
}
