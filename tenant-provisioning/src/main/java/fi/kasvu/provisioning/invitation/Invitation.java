package fi.kasvu.provisioning.invitation;

import java.util.List;

/**
 * Whom a city admin invites, and as what.
 *
 * @param roles realm roles, of {@link Invitations#ROLES}
 */
public record Invitation(String name, String email, List<String> roles) {

    public Invitation {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
