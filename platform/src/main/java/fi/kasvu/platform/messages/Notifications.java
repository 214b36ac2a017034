package fi.kasvu.platform.messages;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications of other features (an early-warning alert) through the messages' queue: each person's preferences,
 * quiet hours and digest apply as to their messages, and {@link NotificationDelivery} sends one mail per person for
 * everything of theirs that is due, however many notices. Written in the caller's transaction, never one of its own:
 * a change that rolls back tells nobody, and one that commits is never lost. The queue keeps only the topic and the
 * reference the feature gave (an alert's id), so the mail can say that something waits and where, and nothing else.
 */
@Service
public class Notifications {

    private final NotificationPlanner planner;
    private final MessageStore store;
    private final Clock clock;

    Notifications(NotificationPlanner planner, MessageStore store, Clock clock) {
        this.planner = planner;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Queues a notice for each reference and each person to tell of it; nobody who has turned mail off.
     *
     * @param recipients each reference (an alert's id) and the people to tell of it
     * @return how many notices were queued
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int queue(NotificationTopic topic, Map<UUID, ? extends Collection<UUID>> recipients) {
        Set<UUID> people = new LinkedHashSet<>();
        recipients.values().forEach(people::addAll);
        if (people.isEmpty()) {
            return 0;
        }
        Instant at = clock.instant();
        Map<UUID, Instant> due = planner.dueTimes(people, at);
        List<UUID> references = new ArrayList<>();
        List<UUID> whom = new ArrayList<>();
        List<String> dueAt = new ArrayList<>();
        recipients.forEach((reference, tell) -> tell.stream().distinct().filter(due::containsKey).forEach(person -> {
            references.add(reference);
            whom.add(person);
            dueAt.add(due.get(person).toString());
        }));
        if (whom.isEmpty()) {
            return 0;
        }
        int[] queued = new int[1];
        // one statement for a burst of hundreds, rather than a batch of as many
        store.jdbc(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO notification_queue (id, recipient_id, topic, reference_id, queued_at, due_at)
                    SELECT gen_random_uuid(), n.recipient, ?, n.reference, CAST(? AS timestamptz),
                           CAST(n.due AS timestamptz)
                      FROM unnest(?, ?, ?) AS n (reference, recipient, due)
                    ON CONFLICT DO NOTHING""")) {
                insert.setString(1, topic.column());
                insert.setString(2, at.toString());
                insert.setArray(3, connection.createArrayOf("uuid", references.toArray()));
                insert.setArray(4, connection.createArrayOf("uuid", whom.toArray()));
                insert.setArray(5, connection.createArrayOf("text", dueAt.toArray()));
                queued[0] = insert.executeUpdate();
            }
        });
        return queued[0];
    }

    /**
     * Settles the notices of the references that are not mailed yet as withdrawn: what they told of needs nobody's
     * attention any more. A notice whose mail is being sent right now is left to go ({@code SKIP LOCKED}), so the
     * caller never waits for a mail server.
     *
     * @return how many notices were withdrawn
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdraw(NotificationTopic topic, Collection<UUID> references) {
        if (references.isEmpty()) {
            return 0;
        }
        return settle(topic, "AND reference_id = ANY (?)", references);
    }

    /** Settles every notice of the topic that is not mailed yet as withdrawn (the municipality turned them off). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdrawAll(NotificationTopic topic) {
        return settle(topic, "", null);
    }

    private int settle(NotificationTopic topic, String condition, Collection<UUID> references) {
        int[] settled = new int[1];
        store.jdbc(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE notification_queue SET sent_at = CAST(? AS timestamptz), outcome = 'withdrawn'
                     WHERE id IN (SELECT id FROM notification_queue WHERE topic = ? AND sent_at IS NULL\s"""
                    + condition + " FOR UPDATE SKIP LOCKED)")) {
                update.setString(1, clock.instant().toString());
                update.setString(2, topic.column());
                if (references != null) {
                    update.setArray(3, connection.createArrayOf("uuid", references.toArray()));
                }
                settled[0] = update.executeUpdate();
            }
        });
        return settled[0];
    }
}
