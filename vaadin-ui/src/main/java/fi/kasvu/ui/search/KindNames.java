package fi.kasvu.ui.search;

import java.util.Map;

import fi.kasvu.search.Kind;

/** The result groups' headings, in the school's words. */
final class KindNames {

    private static final Map<Kind, String> NAMES = Map.of(
            Kind.PUPIL, "Oppilaat",
            Kind.STAFF, "Henkilökunta",
            Kind.GUARDIAN, "Huoltajat",
            Kind.PERSON, "Muut henkilöt",
            Kind.CLASS, "Luokat ja ryhmät",
            Kind.SCHOOL, "Koulut");

    private KindNames() {
    }

    static String of(Kind kind) {
        return NAMES.getOrDefault(kind, kind.name());
    }
}
