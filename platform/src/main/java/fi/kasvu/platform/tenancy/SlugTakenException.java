package fi.kasvu.platform.tenancy;

/** Another municipality already has the slug. */
public class SlugTakenException extends IllegalArgumentException {

    SlugTakenException(TenantId tenantId) {
        super("The address '" + tenantId.slug() + "' is already taken; choose another short name.");
    }
}
