package fi.kasvu.platform.tenancy;

/** Where a municipality is in its life on the platform. */
public enum TenantStatus {
    PROVISIONING, ACTIVE, SUSPENDED, DELETING, DELETED
}
