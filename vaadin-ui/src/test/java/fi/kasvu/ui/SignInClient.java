package fi.kasvu.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import fi.kasvu.platform.HostClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in on a host as a browser does, over plain HTTP: the application sends it to the host's realm, it fills in
 * Keycloak's login form, and Keycloak sends it back with a code that the application exchanges. What it hands back
 * is the application's session cookie, now signed in.
 */
public final class SignInClient {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HostClient application;
    private final int port;
    private final HttpClient keycloak = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    /**
     * Keycloak's own cookies, kept for the sign-in as a browser keeps them. By hand, since Keycloak marks some Secure
     * even over plain HTTP to localhost, which browsers allow and {@link java.net.CookieManager} does not.
     */
    private final Map<String, String> keycloakCookies = new LinkedHashMap<>();

    public SignInClient(int port) {
        this.port = port;
        this.application = new HostClient(port);
    }

    /** Signs the user in on the host; the session cookie ({@code JSESSIONID=...}) of the signed-in session. */
    public String signIn(String host, String username, String password) {
        HttpResponse<String> start = application.get(host, "/oauth2/authorization/kasvu");
        assertThat(start.statusCode()).as("the application sends the browser to Keycloak").isEqualTo(302);
        String cookie = cookie(start);
        String authorization = start.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> loginPage = keycloak(HttpRequest.newBuilder(URI.create(authorization)).GET());
        assertThat(loginPage.statusCode()).as("Keycloak's login page at " + authorization).isEqualTo(200);
        var form = LOGIN_FORM.matcher(loginPage.body());
        assertThat(form.find()).as("a login form on " + authorization).isTrue();
        HttpResponse<String> loggedIn = keycloak(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(RealmFixture.form(Map.of("username", username, "password", password, "credentialId", ""))));
        assertThat(loggedIn.statusCode()).as("Keycloak accepts " + username + ": " + loggedIn.body()).isEqualTo(302);

        URI callback = URI.create(loggedIn.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getHost() + ":" + callback.getPort()).as("Keycloak sends the browser back to the host")
                .isEqualTo(host + ":" + port);
        HttpResponse<String> signedIn = application.get(host, callback.getRawPath() + "?" + callback.getRawQuery(),
                "Cookie", cookie);
        assertThat(signedIn.statusCode()).as("the application takes the code").isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).as("where the sign-in led")
                .doesNotContain("login-failed");
        return signedIn.headers().firstValue("Set-Cookie").isPresent() ? cookie(signedIn) : cookie;
    }

    private static String cookie(HttpResponse<String> response) {
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private HttpResponse<String> keycloak(HttpRequest.Builder request) {
        if (!keycloakCookies.isEmpty()) {
            request.header("Cookie", keycloakCookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = keycloak.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(set -> {
                String pair = set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
                keycloakCookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("calling Keycloak failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
