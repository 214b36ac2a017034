/**
 * Messages (viestit) between staff, guardians and students, announcements (tiedotteet) to a class, a school or the
 * municipality, read receipts, and the notification mails that tell a recipient something has arrived.
 */
@org.springframework.modulith.ApplicationModule
package fi.kasvu.platform.messages;
