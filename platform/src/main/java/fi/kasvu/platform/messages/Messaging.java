package fi.kasvu.platform.messages;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conversations (viestiketjut): starting one, replying, the inbox, reading a thread (which marks it read), the read
 * receipts of one's own messages, unread counts and attachments. Every method takes the {@link Actor} and works only
 * on the threads the actor's person takes part in; who may write to whom is {@link MessageReach}. Announcements are
 * {@link Announcements}; both appear in the same inbox.
 */
@Service
public class Messaging {

    static final int LARGEST_PAGE = 200;

    private final EntityManager entities;
    private final MessageReach reach;
    private final MessageStore store;
    private final Clock clock;

    Messaging(EntityManager entities, MessageReach reach, MessageStore store, Clock clock) {
        this.entities = entities;
        this.reach = reach;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Starts a conversation with the recipients, all of whom the actor must reach; the first message goes to each,
     * with a notification mail.
     *
     * @return the new thread's id
     * @throws AccessRefusedException naming a recipient the actor may not reach; nothing is written
     * @throws InvalidFieldException  for a missing subject, body or recipient, or a file that is too large or not
     *                                allowed (naming the file); nothing is written
     */
    @Transactional
    public UUID startThread(Actor actor, NewThread thread) {
        UUID sender = reach.senderOf(actor);
        String subject = MessageStore.checkSubject(thread.subject());
        String body = MessageStore.checkBody(thread.body());
        Set<UUID> recipients = new LinkedHashSet<>(thread.recipients());
        recipients.remove(sender);
        if (recipients.isEmpty()) {
            throw new InvalidFieldException("recipients", "choose at least one recipient");
        }
        List<MessageStore.CheckedAttachment> files = store.checkAttachments(thread.attachments());
        reach.requireReach(actor, recipients);
        Instant now = clock.instant();
        UUID id = store.createThread(subject, ThreadKind.CONVERSATION, null, null, sender, now);
        Set<UUID> participants = new LinkedHashSet<>(recipients);
        participants.add(sender);
        store.addParticipants(id, participants);
        store.addMessage(id, ThreadKind.CONVERSATION, sender, body, files, recipients, now);
        return id;
    }

    /**
     * Replies in a conversation the actor takes part in; the reply goes to every other participant. The actor must
     * still reach whoever started the thread (or, for the starter, every other participant), so a guardian whose
     * child has turned 18 or moved away cannot go on writing in an old thread.
     *
     * @return the new message's id
     */
    @Transactional
    public UUID reply(Actor actor, UUID threadId, String body, List<NewAttachment> attachments) {
        UUID sender = reach.senderOf(actor);
        ThreadRow thread = requireParticipant(sender, threadId);
        if (thread.kind() == ThreadKind.ANNOUNCEMENT) {
            throw new AccessRefusedException("an announcement takes no replies; start a conversation with its sender");
        }
        String text = MessageStore.checkBody(body);
        List<MessageStore.CheckedAttachment> files = store.checkAttachments(attachments == null ? List.of() : attachments);
        List<UUID> others = participants(threadId).stream().filter(p -> !p.equals(sender)).toList();
        reach.requireReach(actor, sender.equals(thread.startedBy()) ? others : List.of(thread.startedBy()));
        return store.addMessage(threadId, ThreadKind.CONVERSATION, sender, text, files, others, clock.instant());
    }

    /** The actor's threads, the latest activity first, with how many of each thread's messages they have not read. */
    @Transactional(readOnly = true)
    public List<ThreadSummary> inbox(Actor actor, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > LARGEST_PAGE) {
            throw new InvalidFieldException("limit", "between 1 and " + LARGEST_PAGE + ", from offset 0 on");
        }
        UUID me = reach.senderOf(actor);
        List<?> rows = entities.createNativeQuery("""
                        SELECT t.id, t.subject, t.kind, t.audience, t.last_message_at,
                               (SELECT p.given_name || ' ' || p.family_name FROM message m JOIN person p ON p.id = m.sender_id
                                 WHERE m.thread_id = t.id ORDER BY m.position DESC LIMIT 1),
                               (SELECT count(*) FROM message m WHERE m.thread_id = t.id),
                               (SELECT count(*) FROM message_receipt r JOIN message m ON m.id = r.message_id
                                 WHERE m.thread_id = t.id AND r.recipient_id = :me AND r.read_at IS NULL)
                          FROM thread_participant tp JOIN message_thread t ON t.id = tp.thread_id
                         WHERE tp.person_id = :me
                         ORDER BY t.last_message_at DESC, t.id
                         OFFSET :offset LIMIT :limit""")
                .setParameter("me", me).setParameter("offset", offset).setParameter("limit", limit).getResultList();
        List<ThreadSummary> threads = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            threads.add(new ThreadSummary((UUID) c[0], (String) c[1], kind((String) c[2]), audience((String) c[3]),
                    instant(c[4]), (String) c[5], ((Number) c[6]).intValue(), ((Number) c[7]).intValue()));
        }
        return threads;
    }

    /** How many messages addressed to the actor they have not read yet (0 for someone who is no person here). */
    @Transactional(readOnly = true)
    public int unreadCount(Actor actor) {
        var me = reach.personOf(actor);
        if (me.isEmpty()) {
            return 0;
        }
        return ((Number) entities.createNativeQuery(
                        "SELECT count(*) FROM message_receipt WHERE recipient_id = :me AND read_at IS NULL")
                .setParameter("me", me.get()).getSingleResult()).intValue();
    }

    /**
     * Opens a thread the actor takes part in: its messages in order, each with its files. Reading marks every message
     * addressed to the actor read (the entries show when each was read, the first time now).
     */
    @Transactional
    public ThreadDetail readThread(Actor actor, UUID threadId) {
        UUID me = reach.senderOf(actor);
        ThreadRow thread = requireParticipant(me, threadId);
        Instant now = clock.instant();
        entities.createNativeQuery("""
                        UPDATE message_receipt r SET read_at = :now FROM message m
                         WHERE m.id = r.message_id AND m.thread_id = :thread AND r.recipient_id = :me AND r.read_at IS NULL""")
                .setParameter("now", now).setParameter("thread", threadId).setParameter("me", me).executeUpdate();
        Map<UUID, List<AttachmentInfo>> files = attachmentsOf(threadId);
        List<?> rows = entities.createNativeQuery("""
                        SELECT m.id, m.sender_id, p.given_name || ' ' || p.family_name, m.body, m.sent_at, r.read_at
                          FROM message m JOIN person p ON p.id = m.sender_id
                          LEFT JOIN message_receipt r ON r.message_id = m.id AND r.recipient_id = :me
                         WHERE m.thread_id = :thread ORDER BY m.position""")
                .setParameter("thread", threadId).setParameter("me", me).getResultList();
        List<MessageEntry> messages = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            UUID id = (UUID) c[0];
            messages.add(new MessageEntry(id, (UUID) c[1], (String) c[2], (String) c[3], instant(c[4]),
                    me.equals(c[1]), c[5] == null ? null : instant(c[5]), files.getOrDefault(id, List.of())));
        }
        List<String> participants = thread.kind() == ThreadKind.ANNOUNCEMENT
                ? List.copyOf(reach.names(List.of(thread.startedBy())).values())
                : reach.names(participants(threadId)).values().stream().sorted().toList();
        return new ThreadDetail(threadId, thread.subject(), thread.kind(), thread.audience(), participants, messages,
                thread.kind() == ThreadKind.CONVERSATION);
    }

    /**
     * Who a message of the actor's own went to and when each read it, the unread first: only its sender sees this.
     *
     * @throws AccessRefusedException for a message the actor did not send
     */
    @Transactional(readOnly = true)
    public List<ReadReceipt> receipts(Actor actor, UUID messageId) {
        UUID me = reach.senderOf(actor);
        List<?> sender = entities.createNativeQuery("SELECT sender_id FROM message WHERE id = :id", UUID.class)
                .setParameter("id", messageId).getResultList();
        if (sender.isEmpty() || !me.equals(sender.getFirst())) {
            throw new AccessRefusedException("only the sender of a message sees who has read it");
        }
        List<?> rows = entities.createNativeQuery("""
                        SELECT r.recipient_id, p.given_name || ' ' || p.family_name, r.read_at FROM message_receipt r
                          JOIN person p ON p.id = r.recipient_id WHERE r.message_id = :id
                         ORDER BY r.read_at NULLS FIRST, p.family_name, p.given_name""")
                .setParameter("id", messageId).getResultList();
        List<ReadReceipt> receipts = new ArrayList<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            receipts.add(new ReadReceipt((UUID) c[0], (String) c[1], c[2] == null ? null : instant(c[2])));
        }
        return receipts;
    }

    /** A file of a message in a thread the actor takes part in. */
    @Transactional(readOnly = true)
    public AttachmentContent attachment(Actor actor, UUID attachmentId) {
        UUID me = reach.senderOf(actor);
        List<?> rows = entities.createNativeQuery("""
                        SELECT a.file_name, a.media_type, a.content FROM message_attachment a
                          JOIN message m ON m.id = a.message_id
                          JOIN thread_participant tp ON tp.thread_id = m.thread_id AND tp.person_id = :me
                         WHERE a.id = :id""")
                .setParameter("id", attachmentId).setParameter("me", me).getResultList();
        if (rows.isEmpty()) {
            throw new AccessRefusedException("only the people of a thread open its files");
        }
        Object[] c = (Object[]) rows.getFirst();
        return new AttachmentContent((String) c[0], (String) c[1], (byte[]) c[2]);
    }

    record ThreadRow(String subject, ThreadKind kind, Audience audience, UUID startedBy) {
    }

    private ThreadRow requireParticipant(UUID person, UUID threadId) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT t.subject, t.kind, t.audience, t.started_by FROM message_thread t
                          JOIN thread_participant tp ON tp.thread_id = t.id AND tp.person_id = :me WHERE t.id = :thread""")
                .setParameter("me", person).setParameter("thread", threadId).getResultList();
        if (rows.isEmpty()) {
            throw new AccessRefusedException("only the people of a thread read and write in it");
        }
        Object[] c = (Object[]) rows.getFirst();
        return new ThreadRow((String) c[0], kind((String) c[1]), audience((String) c[2]), (UUID) c[3]);
    }

    private List<UUID> participants(UUID threadId) {
        return entities.createNativeQuery("SELECT person_id FROM thread_participant WHERE thread_id = :thread",
                UUID.class).setParameter("thread", threadId).getResultList().stream().map(UUID.class::cast).toList();
    }

    private Map<UUID, List<AttachmentInfo>> attachmentsOf(UUID threadId) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT a.message_id, a.id, a.file_name, a.media_type, a.size FROM message_attachment a
                          JOIN message m ON m.id = a.message_id WHERE m.thread_id = :thread ORDER BY a.file_name""")
                .setParameter("thread", threadId).getResultList();
        Map<UUID, List<AttachmentInfo>> files = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            files.computeIfAbsent((UUID) c[0], m -> new ArrayList<>())
                    .add(new AttachmentInfo((UUID) c[1], (String) c[2], (String) c[3], ((Number) c[4]).intValue()));
        }
        return files;
    }

    static ThreadKind kind(String value) {
        return ThreadKind.valueOf(value.toUpperCase(Locale.ROOT));
    }

    static Audience audience(String value) {
        return value == null ? null : Audience.valueOf(value.toUpperCase(Locale.ROOT));
    }

    static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }
}
