/**
 * Onboarding: a municipality's sign-up and the provisioning saga that makes its registry entry, schema, realm and
 * billing account, step by persisted step, and the removal that unmakes them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Onboarding")
package fi.kasvu.provisioning.onboarding;
