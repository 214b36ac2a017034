package fi.kasvu.provisioning.invitation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follows an invitation's link over plain HTTP as a browser would, keeping Keycloak's cookies: Keycloak asks to go on,
 * then for a new password, and finally says the account is set up, with a link back to the portal.
 */
final class InvitationLinkClient {

    private static final Pattern PROCEED = Pattern.compile("href=\"([^\"]*/login-actions/action-token\\?[^\"]*)\"");
    private static final Pattern PASSWORD_FORM = Pattern.compile("<form id=\"kc-passwd-update-form\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /** By hand, since Keycloak marks some cookies Secure even over plain HTTP to localhost. */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Opens the link and sets the password; the page Keycloak ends on. */
    String setPassword(String link, String password) {
        HttpResponse<String> page = get(link);
        Matcher proceed = PROCEED.matcher(page.body());
        if (page.statusCode() == 200 && proceed.find()) {
            page = get(unescape(proceed.group(1)));
        }
        assertThat(page.statusCode()).as("the password page of " + link + ": " + page.statusCode() + " "
                + page.headers().firstValue("Location").orElse("") + page.body()).isEqualTo(200);
        Matcher form = PASSWORD_FORM.matcher(page.body());
        assertThat(form.find()).as("a password form in " + page.body()).isTrue();
        HttpResponse<String> done = send(HttpRequest.newBuilder(URI.create(unescape(form.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("password-new", password,
                        "password-confirm", password)))));
        assertThat(done.statusCode()).as("Keycloak takes the password: " + done.statusCode() + " "
                + done.headers().firstValue("Location").orElse("") + done.body()).isEqualTo(200);
        return done.body();
    }

    /** Follows Keycloak's own redirects, as a browser would, but none that leaves for the portal. */
    private HttpResponse<String> get(String url) {
        URI at = URI.create(url);
        HttpResponse<String> response = send(HttpRequest.newBuilder(at).GET());
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            URI next = at.resolve(response.headers().firstValue("Location").orElseThrow());
            if (!next.getAuthority().equals(at.getAuthority())) {
                return response;
            }
            at = next;
            response = send(HttpRequest.newBuilder(at).GET());
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.header("Accept-Language", "en")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(set -> {
                String pair = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("calling Keycloak failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&");
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
