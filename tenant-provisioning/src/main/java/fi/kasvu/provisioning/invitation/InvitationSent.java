package fi.kasvu.provisioning.invitation;

/**
 * What an invitation did.
 *
 * @param newPerson whether the person's user was made now, rather than found by their address
 * @param mailed    whether they were mailed a link; someone who has set up their account already just gets the roles
 */
public record InvitationSent(String email, boolean newPerson, boolean mailed) {
}
