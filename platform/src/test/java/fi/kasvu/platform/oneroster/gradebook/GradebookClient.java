package fi.kasvu.platform.oneroster.gradebook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the gradebook service on a municipality's host as the client named in {@link #CLIENT_HEADER} (which
 * {@link TestClient} makes the request's principal) and reads its JSON.
 */
final class GradebookClient {

    static final String CLIENT_HEADER = "X-Test-Gradebook-Client";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String host;
    private final String client;

    GradebookClient(int port, String host, String client) {
        this.port = port;
        this.host = host;
        this.client = client;
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + GradebookController.BASE_PATH + path))
                .header("Host", host + ":" + port).header(CLIENT_HEADER, client).timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(HttpResponse<String> response, String key) {
        return (List<Map<String, Object>>) json(response).get(key);
    }

    /** The code minor field (name and value) of a refusal in imsx_StatusInfo form. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> codeMinor(HttpResponse<String> response) {
        var minor = (Map<String, Object>) json(response).get("imsx_CodeMinor");
        return ((List<Map<String, Object>>) minor.get("imsx_codeMinorField")).getFirst();
    }
}
