package fi.kasvu.ui.portal;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Set;

/** A municipality's realm roles in the words of the school, in the language of the page. */
public final class RoleNames {

    private static final Set<String> KNOWN = Set.of("guardian", "student", "teacher", "special-needs-teacher",
            "principal", "welfare", "city-admin", "governance");

    private RoleNames() {
    }

    /** The role's name in the page's language; a role Kasvu does not know keeps its own name. */
    public static String of(String role) {
        return KNOWN.contains(role) ? I18NProvider.translate("portal.role." + role) : role;
    }
}
