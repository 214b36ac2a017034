package fi.kasvu.ui.security;

import java.util.List;
import java.util.Optional;

/**
 * Which OneRoster 1.2 scopes open which part of the rostering and gradebook services, as the specification assigns
 * them: demographics need roster-demographics.readonly or roster.readonly, every other rostering endpoint
 * roster-core.readonly or roster.readonly; in the gradebook, reads need gradebook.readonly, PUT (and POST)
 * gradebook.createput, DELETE gradebook.delete. Paths outside both services need a scope Kasvu does not grant, so
 * they are refused.
 */
final class OneRosterScopes {

    static final String SERVICE = "/ims/oneroster/rostering/v1p2";
    static final String BASE = "https://purl.imsglobal.org/spec/or/v1p2/scope/";
    static final String ROSTER = BASE + "roster.readonly";
    static final String ROSTER_CORE = BASE + "roster-core.readonly";
    static final String ROSTER_DEMOGRAPHICS = BASE + "roster-demographics.readonly";
    static final String GRADEBOOK_SERVICE = "/ims/oneroster/gradebook/v1p2";
    static final String GRADEBOOK_READ = BASE + "gradebook.readonly";
    static final String GRADEBOOK_CREATEPUT = BASE + "gradebook.createput";
    static final String GRADEBOOK_DELETE = BASE + "gradebook.delete";

    private OneRosterScopes() {
    }

    /** Any one of these scopes opens the request; empty when nothing does. */
    static Optional<List<String>> required(String method, String path) {
        if (path.startsWith(GRADEBOOK_SERVICE + "/")) {
            return switch (method) {
                case "GET", "HEAD" -> Optional.of(List.of(GRADEBOOK_READ));
                case "PUT", "POST" -> Optional.of(List.of(GRADEBOOK_CREATEPUT));
                case "DELETE" -> Optional.of(List.of(GRADEBOOK_DELETE));
                default -> Optional.empty();
            };
        }
        if (!path.startsWith(SERVICE + "/")) {
            return Optional.empty();
        }
        String endpoint = path.substring(SERVICE.length());
        if (endpoint.equals("/demographics") || endpoint.startsWith("/demographics/")) {
            return Optional.of(List.of(ROSTER_DEMOGRAPHICS, ROSTER));
        }
        return Optional.of(List.of(ROSTER_CORE, ROSTER));
    }
}
