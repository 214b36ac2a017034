package fi.kasvu.platform.people;

/**
 * A person's names and contact details as the city admin or a principal edits them. Blank optional fields mean none.
 *
 * @param preferredGivenName the name they go by (kutsumanimi), if other than the given name
 */
public record PersonChange(String givenName, String familyName, String preferredGivenName, String email,
                           String phone) {
}
