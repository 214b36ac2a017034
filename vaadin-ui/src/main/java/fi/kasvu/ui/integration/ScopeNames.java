package fi.kasvu.ui.integration;

import fi.kasvu.provisioning.integration.OneRosterScope;

/** The OneRoster scopes as a city admin reads them, in the page's language. */
final class ScopeNames {

    private ScopeNames() {
    }

    static String of(OneRosterScope scope) {
        return com.vaadin.flow.i18n.I18NProvider.translate("integration.scope." + switch (scope) {
            case ROSTER_CORE -> "roster-core";
            case ROSTER -> "roster";
            case ROSTER_DEMOGRAPHICS -> "roster-demographics";
            case GRADEBOOK_READONLY -> "gradebook-readonly";
            case GRADEBOOK_CREATEPUT -> "gradebook-createput";
            case GRADEBOOK_DELETE -> "gradebook-delete";
        });
    }

    static String of(String uri) {
        return OneRosterScope.of(uri).map(ScopeNames::of).orElse(uri);
    }
}
