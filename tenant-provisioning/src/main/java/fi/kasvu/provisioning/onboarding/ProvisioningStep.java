package fi.kasvu.provisioning.onboarding;

/**
 * The saga's steps, in the order they run. Each one can run again without making anything twice; INVITE_ADMIN mails
 * the first city admin their invitation again, once per run.
 */
public enum ProvisioningStep {
    REGISTER_TENANT, CREATE_SCHEMA, CREATE_REALM, OPEN_BILLING, ACTIVATE, INVITE_ADMIN
}
