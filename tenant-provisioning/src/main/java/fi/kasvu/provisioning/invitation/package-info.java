/**
 * Invitations: a municipality's people let into its realm and mailed a link to set up their account, through the
 * configured SMTP server or, in the embedded default, a development mailbox that writes each mail to the log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Invitation")
package fi.kasvu.provisioning.invitation;
