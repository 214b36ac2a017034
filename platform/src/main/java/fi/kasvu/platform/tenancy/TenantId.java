package fi.kasvu.platform.tenancy;

import java.util.Set;

/**
 * A municipality's identity in Kasvu: its slug, the first label of its host name ({@code <slug>.<base-domain>}).
 * Only a slug that passes the rules below can exist, so a schema or realm name derived from it is always safe.
 */
public record TenantId(String slug) {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;

    /** Names that would collide with Kasvu's own hosts, PostgreSQL's schemas or well-known service names. */
    static final Set<String> RESERVED = Set.of(
            "public", "platform", "admin", "administrator", "www", "api", "app", "apps", "auth", "login", "logout",
            "sso", "id", "identity", "keycloak", "oauth", "mail", "smtp", "imap", "ftp", "static", "assets", "cdn",
            "status", "health", "metrics", "help", "support", "docs", "blog", "kasvu", "operator", "operators",
            "signup", "billing", "system", "root", "postgres", "information-schema", "localhost", "test", "demo-admin");

    public TenantId {
        String problem = problemWith(slug);
        if (problem != null) {
            throw new InvalidSlugException(slug, problem);
        }
    }

    /** The tenant of the given slug; throws {@link InvalidSlugException} with a reason a city admin understands. */
    public static TenantId of(String slug) {
        return new TenantId(slug);
    }

    /** Why the slug cannot be used, in words for a city admin, or {@code null} when it can. */
    public static String problemWith(String slug) {
        if (slug == null || slug.isBlank()) {
            return "Choose a short name for your address, for example 'vantaa'.";
        }
        if (slug.length() < MIN_LENGTH) {
            return "The short name must be at least " + MIN_LENGTH + " characters long.";
        }
        if (slug.length() > MAX_LENGTH) {
            return "The short name can be at most " + MAX_LENGTH + " characters long; '" + abbreviate(slug) + "' has "
                    + slug.length() + ".";
        }
        for (int i = 0; i < slug.length(); i++) {
            char c = slug.charAt(i);
            // capitals are answered below with the lowercase spelling, once nothing else is wrong
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!allowed) {
                return "The short name may contain only letters a-z, digits and hyphens; '" + describe(c)
                        + "' is not allowed" + (isNordicLetter(c) ? " (write ä as a, ö as o and å as a)." : ".");
            }
        }
        if (!slug.equals(slug.toLowerCase(java.util.Locale.ROOT))) {
            return "Use lowercase letters only: '" + slug.toLowerCase(java.util.Locale.ROOT) + "' instead of '"
                    + slug + "'.";
        }
        char first = slug.charAt(0);
        if (first < 'a' || first > 'z') {
            return "The short name must start with a letter a-z.";
        }
        if (slug.endsWith("-")) {
            return "The short name cannot end with a hyphen.";
        }
        if (slug.contains("--")) {
            return "The short name cannot have two hyphens in a row.";
        }
        if (RESERVED.contains(slug)) {
            return "'" + slug + "' is reserved for Kasvu's own use; choose another short name.";
        }
        return null;
    }

    /**
     * A slug for a municipality's name, as sign-up proposes it: Nordic letters written plainly, anything else that
     * is no letter or digit a hyphen ("Mänttä-Vilppula" becomes "mantta-vilppula"). It may still need editing,
     * for example when it is reserved or taken.
     */
    public static String suggestFor(String name) {
        if (name == null) {
            return "";
        }
        String plain = java.text.Normalizer.normalize(name.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("ä", "a").replace("ö", "o").replace("å", "a"), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
        }
        return slug.replaceAll("-+$", "");
    }

    public static boolean isValid(String slug) {
        return problemWith(slug) == null;
    }

    /** The tenant's PostgreSQL schema. The registry stores it; this is how provisioning names a new one. */
    public String schemaName() {
        return "t_" + slug;
    }

    @Override
    public String toString() {
        return slug;
    }

    private static boolean isNordicLetter(char c) {
        return "äöåÄÖÅ".indexOf(c) >= 0;
    }

    private static String describe(char c) {
        return Character.isWhitespace(c) ? "a space" : Character.isISOControl(c) ? "a control character"
                : String.valueOf(c);
    }

    private static String abbreviate(String s) {
        return s.length() <= 20 ? s : s.substring(0, 17) + "...";
    }
}
