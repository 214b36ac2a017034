package fi.kasvu.platform.messages;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notifications that are due, for the bound tenant: one mail per recipient for everything of theirs that is
 * due (so a night's messages arrive as one mail at the end of the quiet hours). Each recipient's rows are locked
 * ({@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same), mailed, and marked sent in one transaction; a
 * message the recipient has read meanwhile is not mailed about. A failed mail leaves the rows queued and tries again
 * later, waiting longer each time. The queue is a table, so a restart loses nothing; a crash between the mail and the
 * commit sends that one mail again, with the same Message-ID.
 */
@Service
public class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
    static final int RECIPIENTS_PER_ROUND = 500;
    /** Rows another node holds are skipped, not waited for; so one call ends even when they stay due. */
    static final int ROUNDS_PER_CALL = 40;

    private final EntityManager entities;
    private final TransactionTemplate transactions;
    private final NotificationMail mail;
    private final TenantContext tenants;
    private final TenancySettings tenancy;
    private final TenantRegistry registry;
    private final String from;

    NotificationDelivery(EntityManager entities, PlatformTransactionManager transactions, NotificationMail mail,
                         TenantContext tenants, TenancySettings tenancy, TenantRegistry registry, MessageSettings settings,
                         Environment environment) {
        this.entities = entities;
        this.transactions = new TransactionTemplate(transactions);
        this.mail = mail;
        this.tenants = tenants;
        this.tenancy = tenancy;
        this.registry = registry;
        String configured = settings.mailFrom() != null && !settings.mailFrom().isBlank() ? settings.mailFrom()
                : environment.getProperty("kasvu.mail.from", "");
        this.from = configured.isBlank() ? "kasvu@" + tenancy.baseDomain() : configured;
    }

    private String municipality() {
        return registry.require(tenants.require()).displayName();
    }

    /** Where a notification leads: the messages page of the municipality's portal. */
    public URI inboxLink() {
        return URI.create(tenancy.portalUrl(tenants.require()) + "/viestit");
    }

    /**
     * Sends every notification of the bound tenant due at {@code now}.
     *
     * @return how many mails went out
     */
    public int sendDue(Instant now) {
        transactions.executeWithoutResult(status -> settleUnmailable(now));
        int sent = 0;
        for (int round = 0; round < ROUNDS_PER_CALL; round++) {
            List<?> recipients = transactions.execute(status -> entities.createNativeQuery("""
                            SELECT DISTINCT recipient_id FROM notification_queue WHERE sent_at IS NULL AND due_at <= :now
                             LIMIT :limit""", UUID.class)
                    .setParameter("now", now).setParameter("limit", RECIPIENTS_PER_ROUND).getResultList());
            if (recipients == null || recipients.isEmpty()) {
                break;
            }
            for (Object recipient : recipients) {
                try {
                    Boolean mailed = transactions.execute(status -> sendTo((UUID) recipient, now));
                    sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
                } catch (MailException e) {
                    log.warn("a notification mail to person {} failed and waits for another try: {}", recipient,
                            e.getMessage());
                    transactions.executeWithoutResult(status -> postpone((UUID) recipient, now, e.getMessage()));
                }
            }
            if (recipients.size() < RECIPIENTS_PER_ROUND) {
                break;
            }
        }
        return sent;
    }

    /**
     * In two statements, rather than a transaction per person: rows whose message was read meanwhile, and rows of
     * people without a mail address (most pupils), are settled without a mail.
     */
    private void settleUnmailable(Instant now) {
        entities.createNativeQuery("""
                        UPDATE notification_queue q SET sent_at = :now, outcome = 'already-read' FROM message_receipt r
                         WHERE r.message_id = q.message_id AND r.recipient_id = q.recipient_id AND r.read_at IS NOT NULL
                           AND q.sent_at IS NULL AND q.due_at <= :now""")
                .setParameter("now", now).executeUpdate();
        entities.createNativeQuery("""
                        UPDATE notification_queue q SET sent_at = :now, outcome = 'no-address' FROM person p
                         WHERE p.id = q.recipient_id AND (p.email IS NULL OR btrim(p.email) = '' OR p.status <> 'active')
                           AND q.sent_at IS NULL AND q.due_at <= :now""")
                .setParameter("now", now).executeUpdate();
    }

    private boolean sendTo(UUID recipient, Instant now) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT q.id, t.kind, r.read_at IS NOT NULL FROM notification_queue q
                          JOIN message m ON m.id = q.message_id JOIN message_thread t ON t.id = m.thread_id
                          LEFT JOIN message_receipt r ON r.message_id = q.message_id AND r.recipient_id = q.recipient_id
                         WHERE q.recipient_id = :recipient AND q.sent_at IS NULL AND q.due_at <= :now
                         ORDER BY q.queued_at, q.id FOR UPDATE OF q SKIP LOCKED""")
                .setParameter("recipient", recipient).setParameter("now", now).getResultList();
        List<UUID> read = new ArrayList<>();
        List<UUID> unread = new ArrayList<>();
        int messages = 0;
        int announcements = 0;
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            if ((Boolean) c[2]) {
                read.add((UUID) c[0]);
            } else {
                unread.add((UUID) c[0]);
                if ("announcement".equals(c[1])) {
                    announcements++;
                } else {
                    messages++;
                }
            }
        }
        mark(read, "already-read", now);
        if (unread.isEmpty()) {
            return false;
        }
        List<?> addresses = entities.createNativeQuery("SELECT email FROM person WHERE id = :id AND status = 'active'")
                .setParameter("id", recipient).getResultList();
        String address = addresses.isEmpty() ? null : (String) addresses.getFirst();
        if (address == null || address.isBlank()) {
            mark(unread, "no-address", now);
            return false;
        }
        mail.send(from, address.strip(), recipient, NotificationMail.content(municipality(), messages, announcements, inboxLink()),
                "<notification-" + unread.getFirst() + "@" + tenancy.baseDomain() + ">");
        mark(unread, "sent", now);
        return true;
    }

    private void mark(List<UUID> rows, String outcome, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        entities.createNativeQuery("UPDATE notification_queue SET sent_at = :now, outcome = :outcome WHERE id IN (:ids)")
                .setParameter("now", now).setParameter("outcome", outcome).setParameter("ids", rows).executeUpdate();
    }

    private void postpone(UUID recipient, Instant now, String error) {
        entities.createNativeQuery("""
                        UPDATE notification_queue SET attempts = attempts + 1, last_error = left(:error, 500),
                               due_at = :now + make_interval(mins => least(360, 1 << least(attempts, 9)))
                         WHERE recipient_id = :recipient AND sent_at IS NULL AND due_at <= :now""")
                .setParameter("error", String.valueOf(error)).setParameter("now", Timestamp.from(now))
                .setParameter("recipient", recipient).executeUpdate();
    }
}
