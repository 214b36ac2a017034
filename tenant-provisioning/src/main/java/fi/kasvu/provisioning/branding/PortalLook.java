package fi.kasvu.provisioning.branding;

/**
 * How a municipality's portal looks now.
 *
 * @param displayName   the municipality's name, in the portal's banner and on its sign-in pages
 * @param brandName     the name its portal's front page carries
 * @param primaryColour {@code #rrggbb}
 */
public record PortalLook(String displayName, String brandName, String primaryColour, boolean hasLogo) {
}
