package fi.kasvu.ui.portal;

import java.util.List;

/**
 * The routes {@link PortalsChromiumTest} opens in Chromium and checks with axe, per who opens them. A feature adds its
 * pages here (attendance's {@code poissaolot} to the guardian's and the teacher's, say) and they are checked too.
 */
final class AccessibleRoutes {

    /** The public front page. */
    static final List<String> ANONYMOUS = List.of("");
    /** Every signed-in person's: their home and own page. */
    static final List<String> SIGNED_IN = List.of("koti", "oma");
    /** A guardian's absences and leave, messages, their child's support. */
    static final List<String> GUARDIAN = List.of("poissaolot", "viestit", "viestit/uusi", "viestit/asetukset",
            "oma-tuki");
    static final List<String> STUDENT = List.of("viestit", "viestit/uusi", "oma-tuki");
    /** A teacher's day, grading, leave decisions, messages and announcements, support and early warning. */
    static final List<String> TEACHER = List.of("opetus", "arviointi", "poissaolot/luvat", "viestit", "viestit/uusi",
            "viestit/tiedote", "viestit/asetukset", "tuki", "varhainen-tuki");
    /** A principal's school pages of the administration, and the school's daily pages. */
    static final List<String> PRINCIPAL = List.of("hallinta/koulut", "hallinta/luokat", "hallinta/henkilot",
            "hallinta/jasenyydet", "hallinta/lukujarjestykset", "hallinta/oppilashuolto", "poissaolot/luvat", "tuki",
            "varhainen-tuki", "tilannekuva", "viestit/tiedote");
    /** Every route of the administration. */
    static final List<String> CITY_ADMIN = List.of("hallinta/ulkoasu", "hallinta/henkilokunta", "hallinta/koulut",
            "hallinta/lukuvuodet", "hallinta/luokat", "hallinta/henkilot", "hallinta/jasenyydet", "hallinta/loki",
            "hallinta/sovellukset", "hallinta/oneroster", "hallinta/lukujarjestykset", "hallinta/oppilashuolto",
            "hallinta/varhainen-tuki", "tilannekuva");

    private AccessibleRoutes() {
    }

    static List<String> of(List<String> role) {
        return java.util.stream.Stream.concat(SIGNED_IN.stream(), role.stream()).toList();
    }
}
