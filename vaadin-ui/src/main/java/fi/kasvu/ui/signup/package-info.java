/**
 * The public sign-up on the platform host: a municipality fills in one form, watches its portal, realm and billing
 * being set up step by step, and gets the address of its new portal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sign-up")
package fi.kasvu.ui.signup;
