package fi.kasvu.provisioning.identity;

/**
 * The person who signs a municipality up and becomes its first city admin; their email is also their username.
 */
public record FirstAdmin(String name, String email) {

    public FirstAdmin {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The first admin needs a name.");
        }
        if (email == null || !email.contains("@") || email.isBlank()) {
            throw new IllegalArgumentException("The first admin needs an email address.");
        }
        name = name.strip();
        email = email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
