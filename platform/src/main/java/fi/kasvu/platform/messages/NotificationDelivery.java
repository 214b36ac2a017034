package fi.kasvu.platform.messages;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * due, messages and early-warning alerts alike (so a night's messages arrive as one mail at the end of the quiet hours,
 * and a recompute that raised a hundred alerts for a principal as one mail). Rows whose message was read meanwhile,
 * and rows of people without an address, are settled first without a mail. Then, for up to 50 recipients at a time,
 * their rows are locked ({@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same), their mails sent over one
 * SMTP connection, and the rows marked sent in the same transaction; a mail that failed leaves its rows queued for a
 * later try, waiting longer each time. The queue is a table, so a restart loses nothing; a crash between the mails and
 * the commit sends those mails again, with the same Message-IDs.
 */
@Service
public class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
    static final int RECIPIENTS_PER_ROUND = 500;
    /** Rows another node holds are skipped, not waited for; so one call ends even when they stay due. */
    static final int ROUNDS_PER_CALL = 40;
    /** Mails sent over one SMTP connection, in one transaction. */
    static final int RECIPIENTS_PER_CONNECTION = 50;

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
        return URI.create(portal() + "/viestit");
    }

    private URI portal() {
        return tenancy.portalUrl(tenants.require());
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
            for (int from = 0; from < recipients.size(); from += RECIPIENTS_PER_CONNECTION) {
                List<UUID> batch = recipients.subList(from, Math.min(recipients.size(), from + RECIPIENTS_PER_CONNECTION))
                        .stream().map(UUID.class::cast).toList();
                try {
                    Integer mailed = transactions.execute(status -> sendTo(batch, now));
                    sent += mailed == null ? 0 : mailed;
                } catch (MailException e) {
                    String error = withoutAddresses(e.getMessage());
                    log.warn("notification mails to {} people failed and wait for another try: {}", batch.size(), error);
                    transactions.executeWithoutResult(status -> batch.forEach(r -> postpone(r, now, error)));
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

    /** What one recipient is told, and the queue rows it settles. */
    private static final class Pending {
        final List<UUID> rows = new ArrayList<>();
        String address;
        int messages;
        int announcements;
        int alerts;
    }

    /**
     * The recipients' due rows, locked; one mail each over one SMTP connection; rows of mails that went marked sent,
     * those of mails that failed postponed, all in the caller's transaction.
     */
    private int sendTo(List<UUID> recipients, Instant now) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT q.id, q.recipient_id, coalesce(t.kind, q.topic), p.email FROM notification_queue q
                          LEFT JOIN message m ON m.id = q.message_id LEFT JOIN message_thread t ON t.id = m.thread_id
                          JOIN person p ON p.id = q.recipient_id
                         WHERE q.recipient_id IN (:recipients) AND q.sent_at IS NULL AND q.due_at <= :now
                         ORDER BY q.queued_at, q.id FOR UPDATE OF q SKIP LOCKED""")
                .setParameter("recipients", recipients).setParameter("now", now).getResultList();
        Map<UUID, Pending> pending = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            Pending each = pending.computeIfAbsent((UUID) c[1], r -> new Pending());
            each.rows.add((UUID) c[0]);
            each.address = (String) c[3];
            if ("announcement".equals(c[2])) {
                each.announcements++;
            } else if (NotificationTopic.EARLY_WARNING.column().equals(c[2])) {
                each.alerts++;
            } else {
                each.messages++;
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        String municipality = municipality();
        URI portal = portal();
        Map<UUID, NotificationMail.Outgoing> outgoing = new LinkedHashMap<>();
        for (var iterator = pending.entrySet().iterator(); iterator.hasNext(); ) {
            var each = iterator.next();
            Pending to = each.getValue();
            if (to.address == null || to.address.isBlank()) {
                // the address was removed after the rows were settled for the round
                mark(to.rows, "no-address", now);
                iterator.remove();
                continue;
            }
            outgoing.put(each.getKey(), new NotificationMail.Outgoing(each.getKey(), to.address.strip(),
                    NotificationMail.content(municipality, to.messages, to.announcements, to.alerts, portal),
                    "<notification-" + to.rows.getFirst() + "@" + tenancy.baseDomain() + ">"));
        }
        if (outgoing.isEmpty()) {
            return 0;
        }
        Map<UUID, String> failed = mail.sendAll(from, List.copyOf(outgoing.values()));
        int sent = 0;
        for (Map.Entry<UUID, Pending> each : pending.entrySet()) {
            String error = withoutAddresses(failed.get(each.getKey()));
            if (error == null) {
                mark(each.getValue().rows, "sent", now);
                sent++;
            } else {
                log.warn("a notification mail to person {} failed and waits for another try: {}", each.getKey(), error);
                postpone(each.getKey(), now, error);
            }
        }
        return sent;
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

    /** An SMTP server's error often quotes the refused address; logs and the queue keep the error without it. */
    static String withoutAddresses(String error) {
        return error == null ? null : error.replaceAll("[^\\s<>@\"',;:]+@[^\\s<>@\"',;:]+", "<address>");
    }
}
