package fi.kasvu.ui.portal;

import java.util.Map;

/**
 * Lumo's primary colours for a municipality's portal, derived from the one colour the municipality chose so that text
 * stays readable whichever colour that is: WCAG 2.1 AA asks for a contrast of at least 4.5:1 for normal text.
 */
public record BrandPalette(String primary, String primaryText, String primaryContrast, String primary50, String primary10) {

    static final double READABLE = 4.5;
    static final String WHITE = "#ffffff";
    static final String NEAR_BLACK = "#1f2328";

    /** The palette of a colour written as {@code #rrggbb}, as the registry stores it. */
    public static BrandPalette of(String primaryColour) {
        return new BrandPalette(primaryColour, readableOnWhite(primaryColour), textOn(primaryColour),
                translucent(primaryColour, 0.5), translucent(primaryColour, 0.1));
    }

    public Map<String, String> lumoProperties() {
        return Map.of(
                "--lumo-primary-color", primary,
                "--lumo-primary-text-color", primaryText,
                "--lumo-primary-contrast-color", primaryContrast,
                "--lumo-primary-color-50pct", primary50,
                "--lumo-primary-color-10pct", primary10);
    }

    static double contrast(String colour, String other) {
        double a = luminance(colour);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Links and headings use the primary colour on Lumo's white background; a light colour is darkened until legible. */
    private static String readableOnWhite(String colour) {
        String darker = colour;
        while (contrast(darker, WHITE) < READABLE) {
            int[] rgb = rgb(darker);
            darker = hex((int) (rgb[0] * 0.9), (int) (rgb[1] * 0.9), (int) (rgb[2] * 0.9));
        }
        return darker;
    }

    /** Text on the primary colour itself, as on a primary button or the portal's banner. */
    private static String textOn(String colour) {
        return contrast(colour, WHITE) >= contrast(colour, NEAR_BLACK) ? WHITE : NEAR_BLACK;
    }

    private static String translucent(String colour, double alpha) {
        int[] rgb = rgb(colour);
        return "rgba(%d, %d, %d, %s)".formatted(rgb[0], rgb[1], rgb[2], alpha);
    }

    /** Relative luminance as WCAG 2.1 defines it. */
    private static double luminance(String colour) {
        int[] rgb = rgb(colour);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static int[] rgb(String colour) {
        int value = Integer.parseInt(colour.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }

    private static String hex(int red, int green, int blue) {
        return "#%02x%02x%02x".formatted(red, green, blue);
    }
}
