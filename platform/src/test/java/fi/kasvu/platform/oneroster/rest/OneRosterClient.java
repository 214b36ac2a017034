package fi.kasvu.platform.oneroster.rest;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import fi.kasvu.platform.HostClient;
import tools.jackson.databind.json.JsonMapper;

/** Calls the rostering service on a municipality's host as an authenticated client and reads its JSON. */
final class OneRosterClient {

    static final String CLIENT_HEADER = "X-Test-Client";
    private static final JsonMapper JSON = JsonMapper.shared();

    private final HostClient hosts;
    private final String host;
    private final String client;

    OneRosterClient(HostClient hosts, String host, String client) {
        this.hosts = hosts;
        this.host = host;
        this.client = client;
    }

    HttpResponse<String> get(String path) {
        return client == null ? hosts.get(host, OneRosterResponses.BASE_PATH + path)
                : hosts.get(host, OneRosterResponses.BASE_PATH + path, CLIENT_HEADER, client);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(HttpResponse<String> response, String key) {
        return (List<Map<String, Object>>) json(response).get(key);
    }

    static List<Object> values(HttpResponse<String> response, String key, String field) {
        return list(response, key).stream().map(record -> record.get(field)).toList();
    }

    /** The code minor of a refusal in imsx_StatusInfo form. */
    @SuppressWarnings("unchecked")
    static String codeMinor(HttpResponse<String> response) {
        var body = json(response);
        var minor = (Map<String, Object>) body.get("imsx_CodeMinor");
        var field = ((List<Map<String, Object>>) minor.get("imsx_codeMinorField")).getFirst();
        return (String) field.get("imsx_codeMinorFieldValue");
    }
}
