package fi.kasvu.platform.oneroster.rest;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Turns reads into the binding's responses, for the rostering and the gradebook service alike: a page under the
 * kind's plural key with {@code X-Total-Count} and {@code Link} headers (first, prev, next, last), one record under its
 * singular key, 404 for an unknown sourcedId. The caller is the authenticated client (a third-party app's client id);
 * a request without one is refused.
 */
@Component
public class OneRosterResponses {

    /** The rostering service's path. */
    public static final String BASE_PATH = "/ims/oneroster/rostering/v1p2";

    private final RosterReader reader;

    OneRosterResponses(RosterReader reader) {
        this.reader = reader;
    }

    ResponseEntity<Map<String, Object>> page(Resource resource, SqlCondition scope, Map<String, String> parameters,
                                             HttpServletRequest request) {
        return page(BASE_PATH, resource, scope, parameters, request, () -> { });
    }

    ResponseEntity<Map<String, Object>> page(Resource resource, SqlCondition scope, Map<String, String> parameters,
                                             HttpServletRequest request, Runnable parentCheck) {
        return page(BASE_PATH, resource, scope, parameters, request, parentCheck);
    }

    ResponseEntity<Map<String, Object>> one(Resource resource, SqlCondition scope, String sourcedId, String type,
                                            String fields, HttpServletRequest request) {
        return one(BASE_PATH, resource, scope, sourcedId, type, fields, request);
    }

    /**
     * A page of a nested collection, whose scope names its parent by sourcedId; only an empty page asks whether the
     * parent exists ({@code parentCheck} throws the 404), so a full page costs one connection and one query.
     */
    public ResponseEntity<Map<String, Object>> page(String basePath, RecordKind resource, SqlCondition scope,
                                                    Map<String, String> parameters, HttpServletRequest request,
                                                    Runnable parentCheck) {
        String actor = client(request);
        ListQuery query = ListQuery.of(resource, parameters);
        RosterReader.Page page = reader.list(resource, scope, query, representation(request, basePath), actor);
        if (page.records().isEmpty()) {
            parentCheck.run();
        }
        var headers = new HttpHeaders();
        headers.set("X-Total-Count", Long.toString(page.total()));
        List<String> links = links(query, page.total());
        if (!links.isEmpty()) {
            headers.set(HttpHeaders.LINK, String.join(", ", links));
        }
        return ResponseEntity.ok().headers(headers).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(resource.collection(), page.records()));
    }

    /** One record, or 404 naming the {@code type} when the sourcedId is not one of them within the scope. */
    public ResponseEntity<Map<String, Object>> one(String basePath, RecordKind resource, SqlCondition scope,
                                                   String sourcedId, String type, String fields,
                                                   HttpServletRequest request) {
        String actor = client(request);
        var selected = ListQuery.fields(resource, fields);
        Map<String, Object> record = reader.one(resource, scope, sourcedId, selected,
                        representation(request, basePath), actor)
                .orElseThrow(() -> OneRosterException.unknownObject(type, sourcedId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of(resource.single(), record));
    }

    RosterReader reader() {
        return reader;
    }

    /** The authenticated client (the app's client id) of the request; refused when there is none. */
    public static String client(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            throw OneRosterException.unauthorised();
        }
        return principal.getName();
    }

    private static Representation representation(HttpServletRequest request, String basePath) {
        return new Representation(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString(), basePath);
    }

    /** Whether the roster has a class ({@code class_group}) or person ({@code person}) with the sourcedId. */
    public boolean inRoster(String table, String sourcedId) {
        return reader.idOf(table, sourcedId, "TRUE").isPresent();
    }

    /** Whether a record of the kind with the sourcedId exists within the scope: a nested collection's parent check. */
    public boolean exists(RecordKind kind, SqlCondition scope, String sourcedId) {
        return reader.one(kind, scope, sourcedId, java.util.Set.of(), new Representation("", BASE_PATH), null)
                .isPresent();
    }

    private static List<String> links(ListQuery query, long total) {
        var links = new ArrayList<String>();
        if (total <= query.limit() && query.offset() == 0) {
            return links;
        }
        long last = total == 0 ? 0 : ((total - 1) / query.limit()) * query.limit();
        links.add(link(0, query.limit(), "first"));
        if (query.offset() > 0) {
            links.add(link(Math.max(0, query.offset() - query.limit()), query.limit(), "prev"));
        }
        if (query.offset() + query.limit() < total) {
            links.add(link(query.offset() + query.limit(), query.limit(), "next"));
        }
        links.add(link(last, query.limit(), "last"));
        return links;
    }

    private static String link(long offset, int limit, String relation) {
        String url = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("limit", limit).replaceQueryParam("offset", offset).build(true).toUriString();
        return "<" + url + ">; rel=\"" + relation + "\"";
    }
}
