package fi.kasvu.provisioning.integration;

import java.util.Arrays;
import java.util.Optional;

/**
 * The OneRoster 1.2 rostering and gradebook scopes an app can be given, named as the specification names them; those names are
 * also the client scopes' names in the realm, so they reach the tokens' {@code scope} claim unchanged.
 */
public enum OneRosterScope {

    /** Everything but demographics. */
    ROSTER_CORE("https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly"),
    /** Everything, demographics included. */
    ROSTER("https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly"),
    /** Demographics only. */
    ROSTER_DEMOGRAPHICS("https://purl.imsglobal.org/spec/or/v1p2/scope/roster-demographics.readonly"),
    /** Reading the gradebook: categories, line items, results, score scales. */
    GRADEBOOK_READONLY("https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.readonly"),
    /** Creating and replacing line items, results and categories (a learning service returning results). */
    GRADEBOOK_CREATEPUT("https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.createput"),
    /** Deleting line items, results and categories. */
    GRADEBOOK_DELETE("https://purl.imsglobal.org/spec/or/v1p2/scope/gradebook.delete");

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
