package fi.kasvu.ui.administration;

import fi.kasvu.platform.people.Role;

/** A person's roles at a school in the school's words. */
final class PersonRoleNames {

    private PersonRoleNames() {
    }

    static String of(Role role) {
        return switch (role) {
            case STUDENT -> "Oppilas";
            case GUARDIAN -> "Huoltaja";
            case TEACHER -> "Opettaja";
            case PRINCIPAL -> "Rehtori";
            case AIDE -> "Koulunkäynninohjaaja";
            case COUNSELOR -> "Opinto-ohjaaja";
            case SITE_ADMINISTRATOR -> "Koulusihteeri";
        };
    }
}
