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
 * Turns reads into the binding's responses: a page under the resource's plural key with {@code X-Total-Count} and
 * {@code Link} headers (first, prev, next, last), one record under its singular key, 404 for an unknown sourcedId.
 * The caller is the authenticated client (a third-party app's client id); a request without one is refused.
 */
@Component
class RosteringResponses {

    static final String BASE_PATH = "/ims/oneroster/rostering/v1p2";

    private final RosterReader reader;

    RosteringResponses(RosterReader reader) {
        this.reader = reader;
    }

    ResponseEntity<Map<String, Object>> page(Resource resource, SqlCondition scope, Map<String, String> parameters,
                                             HttpServletRequest request) {
        return page(resource, scope, parameters, request, () -> { });
    }

    /**
     * A page of a nested collection, whose scope names its parent by sourcedId; only an empty page asks whether the
     * parent exists ({@code parentCheck} throws the 404), so a full page costs one connection and one query.
     */
    ResponseEntity<Map<String, Object>> page(Resource resource, SqlCondition scope, Map<String, String> parameters,
                                             HttpServletRequest request, Runnable parentCheck) {
        String actor = actor(request);
        ListQuery query = ListQuery.of(resource, parameters);
        RosterReader.Page page = reader.list(resource, scope, query, representation(request), actor);
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

    ResponseEntity<Map<String, Object>> one(Resource resource, SqlCondition scope, String sourcedId, String type,
                                            String fields, HttpServletRequest request) {
        String actor = actor(request);
        var selected = ListQuery.fields(resource, fields);
        Map<String, Object> record = reader.one(resource, scope, sourcedId, selected, representation(request), actor)
                .orElseThrow(() -> OneRosterException.unknownObject(type, sourcedId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Map.of(resource.single(), record));
    }

    RosterReader reader() {
        return reader;
    }

    private static String actor(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            throw OneRosterException.unauthorised();
        }
        return principal.getName();
    }

    private static Representation representation(HttpServletRequest request) {
        return new Representation(ServletUriComponentsBuilder.fromContextPath(request).path(BASE_PATH).build()
                .toUriString());
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
