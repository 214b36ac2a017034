package fi.kasvu.platform.tenancy;

import java.util.regex.Pattern;

/**
 * How a municipality's portal looks: the name it shows and its primary colour. The logo, being larger, is read on
 * its own through {@link TenantRegistry#logo}.
 *
 * @param primaryColour a colour as {@code #rrggbb}, lowercase
 */
public record Branding(String name, String primaryColour) {

    public static final String DEFAULT_COLOUR = "#1a5fb4";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    public Branding {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The portal needs a name to show.");
        }
        if (name.length() > 120) {
            throw new IllegalArgumentException("The portal's name can be at most 120 characters long.");
        }
        primaryColour = primaryColour == null ? DEFAULT_COLOUR : primaryColour.toLowerCase(java.util.Locale.ROOT);
        if (!COLOUR.matcher(primaryColour).matches()) {
            throw new IllegalArgumentException("The primary colour must be written as #rrggbb, for example #1a5fb4.");
        }
    }

    public static Branding named(String name) {
        return new Branding(name, DEFAULT_COLOUR);
    }
}
