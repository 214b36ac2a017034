package fi.kasvu.platform.messages;

import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own choices for notification mails: mail or not, quiet hours, a daily digest. Each person sees and
 * changes only their own; without a choice their role's defaults hold (staff: quiet 17:00-07:30 on weekdays and all
 * weekend; guardians and students: no quiet hours). A change applies to notifications queued after it.
 */
@Service
public class NotificationSettings {

    private final MessageReach reach;
    private final NotificationPlanner planner;
    private final MessageStore store;

    NotificationSettings(MessageReach reach, NotificationPlanner planner, MessageStore store) {
        this.reach = reach;
        this.planner = planner;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public NotificationPreferences preferences(Actor actor) {
        UUID me = reach.senderOf(actor);
        return planner.preferences(List.of(me)).get(me);
    }

    /** Saves the actor's choices. */
    @Transactional
    public NotificationPreferences choose(Actor actor, NotificationPreferences chosen) {
        UUID me = reach.senderOf(actor);
        if (chosen == null) {
            throw new InvalidFieldException("preferences", "choose the notification settings");
        }
        QuietHours quiet = chosen.quietHours();
        store.jdbc(connection -> {
            try (var upsert = connection.prepareStatement("""
                    INSERT INTO notification_setting (person_id, quiet_start, quiet_end, quiet_weekends, digest,
                                                      digest_at, mail_enabled)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (person_id) DO UPDATE SET quiet_start = EXCLUDED.quiet_start,
                      quiet_end = EXCLUDED.quiet_end, quiet_weekends = EXCLUDED.quiet_weekends,
                      digest = EXCLUDED.digest, digest_at = EXCLUDED.digest_at, mail_enabled = EXCLUDED.mail_enabled""")) {
                upsert.setObject(1, me);
                upsert.setObject(2, quiet.start(), java.sql.Types.TIME);
                upsert.setObject(3, quiet.end(), java.sql.Types.TIME);
                upsert.setBoolean(4, quiet.weekends());
                upsert.setBoolean(5, chosen.digest());
                upsert.setObject(6, chosen.digestAt(), java.sql.Types.TIME);
                upsert.setBoolean(7, chosen.mail());
                upsert.executeUpdate();
            }
        });
        return planner.preferences(List.of(me)).get(me);
    }
}
