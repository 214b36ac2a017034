package fi.kasvu.ui.portal;

import java.util.Map;

/** A municipality's realm roles in the words of the school. */
public final class RoleNames {

    private static final Map<String, String> NAMES = Map.of(
            "guardian", "Huoltaja",
            "student", "Oppilas",
            "teacher", "Opettaja",
            "special-needs-teacher", "Erityisopettaja",
            "principal", "Rehtori",
            "welfare", "Oppilashuolto",
            "city-admin", "Kunnan pääkäyttäjä",
            "governance", "Sivistystoimen johto");

    private RoleNames() {
    }

    /** The role's Finnish name; a role Kasvu does not know keeps its own name. */
    public static String of(String role) {
        return NAMES.getOrDefault(role, role);
    }
}
