package fi.kasvu.provisioning.invitation;

/**
 * What an invitation did.
 *
 * @param newPerson whether the person's user was made now, rather than found by their address
 * @param mailed    whether they were mailed a link; someone who has set up their account already just gets the roles
 * @param userId    their user's id in the municipality's realm (the tokens' {@code sub}), to link them to a person
 */
public record InvitationSent(String email, boolean newPerson, boolean mailed, String userId) {
}
