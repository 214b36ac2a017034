package fi.kasvu.ui.integration;

import fi.kasvu.provisioning.integration.OneRosterScope;

/** The OneRoster scopes as a city admin reads them. */
final class ScopeNames {

    private ScopeNames() {
    }

    static String of(OneRosterScope scope) {
        return switch (scope) {
            case ROSTER_CORE -> "Perustiedot (koulut, luokat, kurssit, henkilöt, ryhmiin kuuluminen)";
            case ROSTER -> "Kaikki rekisteritiedot, myös väestötiedot";
            case ROSTER_DEMOGRAPHICS -> "Väestötiedot (syntymäaika, sukupuoli, syntymämaa)";
        };
    }

    static String of(String uri) {
        return OneRosterScope.of(uri).map(ScopeNames::of).orElse(uri);
    }
}
