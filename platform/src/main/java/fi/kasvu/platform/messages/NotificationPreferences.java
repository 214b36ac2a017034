package fi.kasvu.platform.messages;

import java.time.LocalTime;

/**
 * A person's choices for the mails that tell them a message has arrived.
 *
 * @param mail       whether to mail at all (the portal shows new messages either way)
 * @param quietHours when to hold mails back; {@link QuietHours#NONE} for never
 * @param digest     one mail a day listing what arrived, at {@code digestAt}, instead of a mail per message
 * @param digestAt   the time of the daily digest
 * @param chosen     whether the person has chosen these; false means their role's defaults
 */
public record NotificationPreferences(boolean mail, QuietHours quietHours, boolean digest, LocalTime digestAt,
                                      boolean chosen) {

    public NotificationPreferences {
        quietHours = quietHours == null ? QuietHours.NONE : quietHours;
        digestAt = digestAt == null ? LocalTime.of(16, 0) : digestAt;
    }

    static NotificationPreferences defaultsFor(boolean staff) {
        return new NotificationPreferences(true, staff ? QuietHours.STAFF_DEFAULT : QuietHours.NONE, false,
                LocalTime.of(16, 0), false);
    }
}
