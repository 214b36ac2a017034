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
            case GRADEBOOK_READONLY -> "Arvioinnit ja tulokset (luku)";
            case GRADEBOOK_CREATEPUT -> "Arviointien ja tulosten palauttaminen (kirjoitus)";
            case GRADEBOOK_DELETE -> "Arviointien ja tulosten poistaminen";
        };
    }

    static String of(String uri) {
        return OneRosterScope.of(uri).map(ScopeNames::of).orElse(uri);
    }
}
