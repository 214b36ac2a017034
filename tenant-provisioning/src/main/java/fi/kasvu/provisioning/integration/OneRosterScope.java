package fi.kasvu.provisioning.integration;

import java.util.Arrays;
import java.util.Optional;

/**
 * The OneRoster 1.2 rostering scopes an app can be given, named as the specification names them; those names are
 * also the client scopes' names in the realm, so they reach the tokens' {@code scope} claim unchanged.
 */
public enum OneRosterScope {

    /** Everything but demographics. */
    ROSTER_CORE("https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly"),
    /** Everything, demographics included. */
    ROSTER("https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly"),
    /** Demographics only. */
    ROSTER_DEMOGRAPHICS("https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly");

    private final String uri;

    OneRosterScope(String uri) {
        this.uri = uri;
    }

    public String uri() {
        return uri;
    }

    public static Optional<OneRosterScope> of(String uri) {
        return Arrays.stream(values()).filter(scope -> scope.uri.equals(uri)).findFirst();
    }
}
