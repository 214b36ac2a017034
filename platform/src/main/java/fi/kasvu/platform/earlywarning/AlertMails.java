package fi.kasvu.platform.earlywarning;

import fi.kasvu.platform.messages.NotificationTopic;
import fi.kasvu.platform.messages.Notifications;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tells the people responsible of new alerts by mail, through the messages' notification queue, in the transaction
 * that raised them: a marking that rolls back mails nobody, and a committed alert is never lost. Only a raised alert
 * is told of, not a recompute that finds it open again, not a withdrawal; a notice whose alert closes before its mail
 * goes is withdrawn. The queue learns no more than the alert's id, so the mail can say only that an alert waits.
 * <p>
 * Special-needs teachers hold their role in the municipality's realm, not in Kasvu's tables; Kasvu notes who signs in
 * with it ({@link #seen}), and those of them with a teacher's or aide's role at the pupil's school are told.
 */
@Component
class AlertMails {

    /** The responsible people with an account for each raised alert; mirrors {@code Alerts.RESPONSIBLE}. */
    private static final String RECIPIENTS = """
            WITH raised AS (SELECT id, student_id, school_id FROM warning_alert WHERE id = ANY (CAST(:ids AS uuid[]))),
            responsible AS (
              SELECT a.id AS alert_id, t.person_id FROM raised a
                JOIN enrollment e ON e.person_id = a.student_id AND e.role = 'student' AND e.status = 'active'
                  AND (e.begin_date IS NULL OR e.begin_date <= :today) AND (e.end_date IS NULL OR e.end_date >= :today)
                JOIN class_group c ON c.id = e.class_id AND c.class_type = 'homeroom'
                JOIN enrollment t ON t.class_id = e.class_id AND t.role = 'teacher' AND t.status = 'active'
                  AND (t.begin_date IS NULL OR t.begin_date <= :today) AND (t.end_date IS NULL OR t.end_date >= :today)
              UNION
              SELECT a.id, r.person_id FROM raised a
                JOIN person_role r ON r.school_id = a.school_id AND r.status = 'active'
                  AND (r.begin_date IS NULL OR r.begin_date <= :today) AND (r.end_date IS NULL OR r.end_date >= :today)
              WHERE r.role = 'principal' OR (r.role IN ('teacher', 'aide')
                AND EXISTS (SELECT 1 FROM warning_special_needs_teacher s WHERE s.person_id = r.person_id)))
            SELECT x.alert_id, x.person_id FROM responsible x JOIN person p ON p.id = x.person_id
            WHERE p.account_id IS NOT NULL AND p.status = 'active'
            ORDER BY x.alert_id, x.person_id""";

    private final EntityManager entities;
    private final Notifications notifications;
    private final Clock clock;

    AlertMails(EntityManager entities, Notifications notifications, Clock clock) {
        this.entities = entities;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Queues a notice of each raised alert for each person responsible, unless the municipality turned them off. */
    @SuppressWarnings("unchecked")
    void raised(List<UUID> alerts, WarningSettings settings) {
        if (alerts.isEmpty() || !settings.alertMails()) {
            return;
        }
        List<Object[]> rows = entities.createNativeQuery(RECIPIENTS).setParameter("ids", array(alerts))
                .setParameter("today", LocalDate.now(clock)).getResultList();
        Map<UUID, Set<UUID>> recipients = new LinkedHashMap<>();
        for (Object[] row : rows) {
            recipients.computeIfAbsent((UUID) row[0], a -> new LinkedHashSet<>()).add((UUID) row[1]);
        }
        notifications.queue(NotificationTopic.EARLY_WARNING, recipients);
    }

    /** The alerts closed (withdrawn or resolved): their notices not yet mailed are withdrawn. */
    void closed(Collection<UUID> alerts) {
        notifications.withdraw(NotificationTopic.EARLY_WARNING, alerts);
    }

    /** The municipality turned alert mails off: the notices not yet mailed are withdrawn too. */
    void turnedOff() {
        notifications.withdrawAll(NotificationTopic.EARLY_WARNING);
    }

    /**
     * Notes whether the person signed in with the realm role special-needs-teacher; written only when that changed,
     * so a home page costs one read. A role taken away stops the mails at the person's next visit.
     */
    void seen(UUID person, boolean specialNeedsTeacher) {
        boolean noted = !entities.createNativeQuery("SELECT 1 FROM warning_special_needs_teacher WHERE person_id = :p")
                .setParameter("p", person).getResultList().isEmpty();
        if (specialNeedsTeacher && !noted) {
            entities.createNativeQuery("""
                            INSERT INTO warning_special_needs_teacher (person_id, noted_at) VALUES (:p, :at)
                            ON CONFLICT (person_id) DO NOTHING""")
                    .setParameter("p", person).setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        } else if (!specialNeedsTeacher && noted) {
            entities.createNativeQuery("DELETE FROM warning_special_needs_teacher WHERE person_id = :p")
                    .setParameter("p", person).executeUpdate();
        }
    }

    private static String array(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
