package fi.kasvu.ui.security;

import java.util.List;
import java.util.Optional;

/**
 * Which OneRoster 1.2 scopes open which part of the rostering service, as the specification assigns them:
 * demographics need roster-demographics.readonly or roster.readonly, every other endpoint roster-core.readonly or
 * roster.readonly. Paths outside the rostering service need a scope Kasvu does not grant, so they are refused.
 */
final class OneRosterScopes {

    static final String SERVICE = "/ims/oneroster/rostering/v1p2";
    static final String BASE = "https://purl.imsglobal.org/spec/or/v1p2/scope/";
    static final String ROSTER = BASE + "roster.readonly";
    static final String ROSTER_CORE = BASE + "roster-core.readonly";
    static final String ROSTER_DEMOGRAPHICS = BASE + "roster-demographics.readonly";

    private OneRosterScopes() {
    }

    /** Any one of these scopes opens the path; empty when nothing does. */
    static Optional<List<String>> required(String path) {
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
