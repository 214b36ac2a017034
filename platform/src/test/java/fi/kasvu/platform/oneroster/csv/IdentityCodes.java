package fi.kasvu.platform.oneroster.csv;

/** Valid (and deliberately invalid) Finnish identity codes for tests. */
final class IdentityCodes {

    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private IdentityCodes() {
    }

    static String valid(String ddmmyy, char century, String individual) {
        return ddmmyy + century + individual + CHECK.charAt((int) (Long.parseLong(ddmmyy + individual) % 31));
    }

    /** The same code with a check character that does not match. */
    static String wrongCheck(String valid) {
        char check = valid.charAt(10);
        char other = CHECK.charAt((CHECK.indexOf(check) + 1) % CHECK.length());
        return valid.substring(0, 10) + other;
    }
}
