package fi.kasvu.platform.tenancy;

/** A slug that breaks the naming rules; the message says which rule, in words for a city admin. */
public class InvalidSlugException extends IllegalArgumentException {

    private final String slug;

    InvalidSlugException(String slug, String reason) {
        super(reason);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
