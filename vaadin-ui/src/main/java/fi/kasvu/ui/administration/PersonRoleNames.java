package fi.kasvu.ui.administration;

import fi.kasvu.platform.people.Role;

/** A person's roles at a school in the school's words. */
final class PersonRoleNames {

    private PersonRoleNames() {
    }

    static String of(Role role) {
        return com.vaadin.flow.i18n.I18NProvider.translate("administration.person-role."
                + role.name().toLowerCase(java.util.Locale.ROOT));
    }
}
