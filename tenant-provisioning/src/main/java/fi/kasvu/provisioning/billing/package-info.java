/**
 * Billing: the plans a municipality can choose and its billing account (manual invoicing until Stripe is added).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Billing")
package fi.kasvu.provisioning.billing;
