package fi.kasvu.provisioning.onboarding;

import java.util.regex.Pattern;

/**
 * A Finnish business ID (Y-tunnus), such as 0124610-9 (the City of Vantaa): seven digits, a hyphen and a check
 * digit. The check digit is computed with the weights 7, 9, 10, 5, 8, 4, 2; a remainder of 1 (mod 11) never
 * occurs in a valid ID.
 */
record BusinessId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{7}-[0-9]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    /** Why the text is no valid business ID, or {@code null} when it is one. */
    static String problemWith(String text) {
        if (text == null || text.isBlank()) {
            return "Enter the municipality's business ID (Y-tunnus), for example 0124610-9.";
        }
        String id = text.strip();
        if (!FORMAT.matcher(id).matches()) {
            return "A business ID is seven digits, a hyphen and a check digit, for example 0124610-9.";
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return "'" + id + "' is not a valid business ID: no check digit fits its first seven digits.";
        }
        int expected = remainder == 0 ? 0 : 11 - remainder;
        if (expected != id.charAt(8) - '0') {
            return "The check digit of '" + id + "' does not match; check the business ID for typing errors.";
        }
        return null;
    }
}
