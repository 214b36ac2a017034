package fi.kasvu.ui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.tenancy.TenantId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to the application as Vaadin's client in a browser does, on a chosen host: it starts a session, opens a UI and
 * navigates to a route, and hands back what the server sent to render it (Vaadin's UIDL, in which every text and
 * style of the page appears as a value). It speaks Vaadin 25's wire protocol, so a Vaadin upgrade may need it updated.
 */
public final class VaadinClient {

    private static final Pattern CSRF_TOKEN = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    /** A session holds a UI per page it rendered; each has its own id (and its own security key). */
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HostClient hosts;
    private final int port;
    /** The browser's Accept-Language, or null for a browser that sends none. */
    private final String language;

    public VaadinClient(int port) {
        this(port, null);
    }

    /** A client whose browser asks for the language ({@code sv-FI}, {@code en}), as Accept-Language says. */
    public VaadinClient(int port, String language) {
        this.port = port;
        this.hosts = new HostClient(port);
        this.language = language;
    }

    public static String hostOf(TenantId tenantId) {
        return tenantId.slug() + "." + KasvuTest.BASE_DOMAIN;
    }

    /** Loads the page on the host, as a browser's first visit does, and returns the session cookie it was given. */
    public String startSession(String host) {
        HttpResponse<String> page = get(host, "/");
        assertThat(page.statusCode()).as("the page on " + host).isEqualTo(200);
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** A request without a session, as from a browser's first visit. */
    public HttpResponse<String> get(String host, String path) {
        return language == null ? hosts.get(host, path) : hosts.get(host, path, "Accept-Language", language);
    }

    /** A request in the session of the cookie. */
    public HttpResponse<String> get(String host, String path, String cookie) {
        return language == null ? hosts.get(host, path, "Cookie", cookie)
                : hosts.get(host, path, "Cookie", cookie, "Accept-Language", language);
    }

    /** Starts a session on the host, opens a UI in it and renders the route, returning the server's answer. */
    public Rendered render(String host, String route) {
        return render(host, route, startSession(host));
    }

    /**
     * Opens a UI in the session of the cookie (a signed-in one, say) and renders the route. Should the server start a
     * new session instead, because the cookie's has ended, the UI opens in that one.
     */
    public Rendered render(String host, String route, String sessionCookie) {
        HttpResponse<String> page = get(host, "/", sessionCookie);
        assertThat(page.statusCode()).as("the page on " + host).isEqualTo(200);
        String cookie = page.headers().firstValue("Set-Cookie").map(set -> set.substring(0, set.indexOf(';')))
                .orElse(sessionCookie);
        HttpResponse<String> init = get(host, "/?v-r=init&location=" + route + "&query=", cookie);
        assertThat(init.statusCode()).as("opening a UI on " + host).isEqualTo(200);
        var token = CSRF_TOKEN.matcher(init.body());
        assertThat(token.find()).as("a CSRF token in " + init.body()).isTrue();
        String navigation = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(token.group(1), route);
        var uiId = UI_ID.matcher(init.body());
        HttpResponse<String> rendered = post(host, "/?v-r=uidl&v-uiId=" + (uiId.find() ? uiId.group(1) : "0"), cookie,
                navigation);
        assertThat(rendered.statusCode()).as("rendering '" + route + "' on " + host).isEqualTo(200);
        return new Rendered(cookie, rendered.body());
    }

    /** Sends a file as Vaadin's upload component does (one file per request, its name in X-Filename). */
    public HttpResponse<String> upload(String host, String path, String cookie, String fileName, String type,
                                       byte[] file) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port)
                .header("Cookie", cookie)
                .header("Content-Type", type)
                .header("X-Filename", java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("uploading to " + path + " on " + host + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> post(String host, String path, String cookie, String json) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Host", host + ":" + port)
                .header("Cookie", cookie)
                .header("Content-Type", "application/json; charset=UTF-8")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        var request = builder.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("POST " + path + " on " + host + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A rendered route: the session it was rendered in and the server's answer. */
    public record Rendered(String cookie, String uidl) {
    }
}
