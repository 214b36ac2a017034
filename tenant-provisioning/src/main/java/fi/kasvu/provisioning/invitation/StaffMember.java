package fi.kasvu.provisioning.invitation;

import java.util.List;

/**
 * Someone who works in the municipality's schools or administration, as the staff list shows them.
 *
 * @param roles            their staff roles
 * @param invitationPending whether they have yet to follow their invitation and set up their account
 */
public record StaffMember(String name, String email, List<String> roles, boolean invitationPending) {

    public StaffMember {
        roles = List.copyOf(roles);
    }
}
