package fi.kasvu.platform.tenancy;

/** No municipality has the slug. */
public class UnknownTenantException extends IllegalArgumentException {

    UnknownTenantException(String slug) {
        super("There is no municipality '" + slug + "' in Kasvu.");
    }
}
