/** The messages pages of the portal: inbox, thread, compose, announcements, notification settings, the home card. */
@org.springframework.modulith.ApplicationModule
package fi.kasvu.ui.messages;
