package fi.kasvu.platform.messages;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Time;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * When each recipient's notification is due: at once, at the end of their quiet hours, or at their daily digest
 * (then also outside quiet hours). A recipient who has turned mail off gets no notification at all.
 */
@Component
class NotificationPlanner {

    private final EntityManager entities;
    private final Clock clock;

    NotificationPlanner(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    Map<UUID, Instant> dueTimes(Collection<UUID> recipients, Instant at) {
        Map<UUID, Instant> due = new LinkedHashMap<>();
        if (recipients.isEmpty()) {
            return due;
        }
        ZoneId zone = clock.getZone();
        Map<UUID, NotificationPreferences> preferences = preferences(recipients);
        for (UUID recipient : recipients) {
            NotificationPreferences chosen = preferences.get(recipient);
            if (!chosen.mail()) {
                continue;
            }
            Instant when = chosen.digest() ? nextDigest(chosen.digestAt(), at, zone) : at;
            due.put(recipient, chosen.quietHours().nextAllowed(when, zone));
        }
        return due;
    }

    static Instant nextDigest(LocalTime digestAt, Instant after, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant today = day.atTime(digestAt).atZone(zone).toInstant();
        return today.isBefore(after) ? day.plusDays(1).atTime(digestAt).atZone(zone).toInstant() : today;
    }

    /** Each person's chosen preferences, or their role's defaults. */
    Map<UUID, NotificationPreferences> preferences(Collection<UUID> people) {
        Map<UUID, NotificationPreferences> found = new HashMap<>();
        Set<UUID> staff = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        entities.flush();
        entities.unwrap(Session.class).doWork(connection -> {
            Array ids = connection.createArrayOf("uuid", people.toArray());
            try (PreparedStatement select = connection.prepareStatement("SELECT person_id, quiet_start, quiet_end, "
                    + "quiet_weekends, digest, digest_at, mail_enabled FROM notification_setting WHERE person_id = ANY (?)")) {
                select.setArray(1, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Time start = rows.getTime(2);
                        Time end = rows.getTime(3);
                        found.put(rows.getObject(1, UUID.class), new NotificationPreferences(rows.getBoolean(7),
                                new QuietHours(start == null ? null : start.toLocalTime(),
                                        end == null ? null : end.toLocalTime(), rows.getBoolean(4)),
                                rows.getBoolean(5), rows.getTime(6).toLocalTime(), true));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT person_id FROM person_role r "
                    + "WHERE r.person_id = ANY (?) AND r.role IN " + MessageReach.STAFF_ROLES + " AND r.status = 'active' "
                    + "AND (r.begin_date IS NULL OR r.begin_date <= ?) AND (r.end_date IS NULL OR r.end_date >= ?)")) {
                select.setArray(1, ids);
                select.setObject(2, today);
                select.setObject(3, today);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        staff.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        for (UUID person : people) {
            found.computeIfAbsent(person, p -> NotificationPreferences.defaultsFor(staff.contains(p)));
        }
        return found;
    }
}
