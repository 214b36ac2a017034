package fi.kasvu.platform.messages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes threads, messages, receipts, attachments and notifications, on the connection of the caller's transaction:
 * all of a message is written or none of it. Input is checked before the first write. Receipts and notifications for
 * many recipients (an announcement to a municipality) go in JDBC batches.
 */
@Component
class MessageStore {

    static final int LONGEST_SUBJECT = 200;
    static final int LONGEST_BODY = 20_000;

    private final EntityManager entities;
    private final MessageSettings settings;
    private final NotificationPlanner planner;
    private final ApplicationEventPublisher events;
    private final TenantContext tenants;

    MessageStore(EntityManager entities, MessageSettings settings, NotificationPlanner planner,
                 ApplicationEventPublisher events, TenantContext tenants) {
        this.entities = entities;
        this.settings = settings;
        this.planner = planner;
        this.events = events;
        this.tenants = tenants;
    }

    /** A checked attachment, its type recognised from its bytes. */
    record CheckedAttachment(String fileName, String mediaType, byte[] content) {
    }

    static String checkSubject(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new InvalidFieldException("subject", "give the message a subject");
        }
        if (subject.strip().length() > LONGEST_SUBJECT) {
            throw new InvalidFieldException("subject", "at most " + LONGEST_SUBJECT + " characters");
        }
        return subject.strip();
    }

    static String checkBody(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidFieldException("body", "write the message");
        }
        if (body.length() > LONGEST_BODY) {
            throw new InvalidFieldException("body", "at most " + LONGEST_BODY + " characters");
        }
        return body.strip();
    }

    /** Every file checked before anything is written: size, count, and what its bytes are. */
    List<CheckedAttachment> checkAttachments(List<NewAttachment> attachments) {
        if (attachments.size() > settings.attachmentsPerMessage()) {
            throw new AttachmentRefusedException("", AttachmentRefusedException.Reason.TOO_MANY, "at most "
                    + settings.attachmentsPerMessage() + " files in one message");
        }
        long limit = settings.attachmentLimit().toBytes();
        List<CheckedAttachment> checked = new ArrayList<>();
        for (NewAttachment attachment : attachments) {
            String name = attachment.fileName() == null || attachment.fileName().isBlank() ? "?"
                    : attachment.fileName().strip();
            if ("?".equals(name) || name.length() > 255) {
                throw new AttachmentRefusedException(name, AttachmentRefusedException.Reason.NO_NAME,
                        "a file needs a name of at most 255 characters");
            }
            if (attachment.size() == 0) {
                throw new AttachmentRefusedException(name, AttachmentRefusedException.Reason.EMPTY, name + " is empty");
            }
            if (attachment.size() > limit) {
                throw new AttachmentRefusedException(name, AttachmentRefusedException.Reason.TOO_LARGE, name
                        + " is larger than the limit of " + settings.attachmentLimit().toMegabytes() + " MB");
            }
            String type = AttachmentTypes.recognise(attachment.content()).orElseThrow(() ->
                    new AttachmentRefusedException(name, AttachmentRefusedException.Reason.NOT_ALLOWED, name
                            + " is not a file Kasvu takes: PDF, PNG, JPEG, plain text, DOCX, XLSX or ODT"));
            checked.add(new CheckedAttachment(name, type, attachment.content()));
        }
        return checked;
    }

    UUID createThread(String subject, ThreadKind kind, Audience audience, UUID audienceId, UUID starter, Instant at) {
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO message_thread (id, subject, kind, audience, audience_id, started_by, started_at,
                                                    last_message_at)
                        VALUES (:id, :subject, :kind, :audience, :audienceId, :starter, :at, :at)""")
                .setParameter("id", id).setParameter("subject", subject)
                .setParameter("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                .setParameter("audience", audience == null ? null : audience.name().toLowerCase(java.util.Locale.ROOT))
                .setParameter("audienceId", audienceId).setParameter("starter", starter).setParameter("at", at)
                .executeUpdate();
        return id;
    }

    void addParticipants(UUID thread, Collection<UUID> people) {
        jdbc(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO thread_participant (thread_id, person_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (UUID person : people) {
                    insert.setObject(1, thread);
                    insert.setObject(2, person);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The message, a receipt per recipient, its files and the recipients' notifications. */
    UUID addMessage(UUID thread, ThreadKind kind, UUID sender, String body, List<CheckedAttachment> attachments,
                    Collection<UUID> recipients, Instant at) {
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("INSERT INTO message (id, thread_id, sender_id, body, sent_at) "
                        + "VALUES (:id, :thread, :sender, :body, :at)")
                .setParameter("id", id).setParameter("thread", thread).setParameter("sender", sender)
                .setParameter("body", body).setParameter("at", at).executeUpdate();
        entities.createNativeQuery("UPDATE message_thread SET last_message_at = :at WHERE id = :thread")
                .setParameter("at", at).setParameter("thread", thread).executeUpdate();
        List<UUID> others = recipients.stream().filter(r -> !r.equals(sender)).distinct().toList();
        Map<UUID, Instant> due = planner.dueTimes(others, at);
        jdbc(connection -> {
            try (PreparedStatement receipt = connection.prepareStatement(
                    "INSERT INTO message_receipt (message_id, recipient_id) VALUES (?, ?)")) {
                for (UUID recipient : others) {
                    receipt.setObject(1, id);
                    receipt.setObject(2, recipient);
                    receipt.addBatch();
                }
                receipt.executeBatch();
            }
            try (PreparedStatement file = connection.prepareStatement("INSERT INTO message_attachment "
                    + "(id, message_id, file_name, media_type, size, content) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (CheckedAttachment attachment : attachments) {
                    file.setObject(1, UUID.randomUUID());
                    file.setObject(2, id);
                    file.setString(3, attachment.fileName());
                    file.setString(4, attachment.mediaType());
                    file.setInt(5, attachment.content().length);
                    file.setBytes(6, attachment.content());
                    file.addBatch();
                }
                file.executeBatch();
            }
            try (PreparedStatement queue = connection.prepareStatement("INSERT INTO notification_queue "
                    + "(id, recipient_id, message_id, queued_at, due_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Map.Entry<UUID, Instant> entry : due.entrySet()) {
                    queue.setObject(1, UUID.randomUUID());
                    queue.setObject(2, entry.getKey());
                    queue.setObject(3, id);
                    queue.setTimestamp(4, Timestamp.from(at));
                    queue.setTimestamp(5, Timestamp.from(entry.getValue()));
                    queue.addBatch();
                }
                queue.executeBatch();
            }
        });
        events.publishEvent(new MessageSent(tenants.require(), thread, id, kind));
        return id;
    }

    interface JdbcWork {
        void run(Connection connection) throws SQLException;
    }

    /** JDBC on the transaction's own connection, after Hibernate has flushed what it holds. */
    void jdbc(JdbcWork work) {
        entities.flush();
        entities.unwrap(Session.class).doWork(work::run);
    }
}
