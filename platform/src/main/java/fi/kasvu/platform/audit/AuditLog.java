package fi.kasvu.platform.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's audit log. Entries are appended in the caller's transaction, so a change and its entry are
 * written together or not at all; a reveal is written before the value leaves the service. Only city admins read it.
 */
@Service
public class AuditLog {

    static final int LONGEST_DETAIL = 500;
    static final int LARGEST_PAGE = 500;

    private final EntityManager entities;
    private final Clock clock;

    AuditLog(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * Appends an entry. {@code detail} says what was done in words and ids, never the value read or written (no
     * identity code, no name of a pupil).
     */
    @Transactional
    public void record(Actor actor, String action, UUID personId, String detail) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("action: an audit entry names its action");
        }
        String shortDetail = detail == null || detail.length() <= LONGEST_DETAIL ? detail
                : detail.substring(0, LONGEST_DETAIL);
        entities.persist(new AuditRecord(clock.instant(), actor.auditName(), action.strip(), personId, shortDetail));
        entities.flush();
    }

    /**
     * Appends an entry that must outlive the caller's transaction: a refused attempt to read sensitive data is
     * recorded even though the refusal rolls the caller's work back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(Actor actor, String action, UUID personId, String detail) {
        record(actor, action, personId, detail);
    }

    /** A page of the entries that match, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(Actor actor, AuditQuery query, int offset, int limit) {
        requireCityAdmin(actor);
        if (offset < 0) {
            throw new IllegalArgumentException("offset: cannot be negative");
        }
        if (limit < 1 || limit > LARGEST_PAGE) {
            throw new IllegalArgumentException("limit: between 1 and " + LARGEST_PAGE);
        }
        TypedQuery<AuditRecord> found = typed("SELECT a FROM AuditRecord a", " ORDER BY a.at DESC, a.id DESC",
                query, AuditRecord.class);
        return found.setFirstResult(offset).setMaxResults(limit).getResultStream().map(AuditRecord::entry).toList();
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, AuditQuery query) {
        requireCityAdmin(actor);
        return typed("SELECT count(a) FROM AuditRecord a", "", query, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> typed(String select, String order, AuditQuery query, Class<T> type) {
        var where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        AuditQuery q = query == null ? AuditQuery.everything() : query;
        if (q.personId() != null) {
            where.append(" AND a.personId = :person");
            parameters.put("person", q.personId());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            where.append(" AND lower(a.actor) LIKE :actor ESCAPE '\\'");
            parameters.put("actor", "%" + escapeLike(q.actor().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (q.action() != null && !q.action().isBlank()) {
            where.append(" AND a.action = :action");
            parameters.put("action", q.action().strip());
        }
        if (q.from() != null) {
            where.append(" AND a.at >= :from");
            parameters.put("from", q.from());
        }
        if (q.until() != null) {
            where.append(" AND a.at < :until");
            parameters.put("until", q.until());
        }
        if (q.from() != null && q.until() != null && !q.until().isAfter(q.from())) {
            throw new IllegalArgumentException("until: the end of the time range must come after its start");
        }
        TypedQuery<T> typed = entities.createQuery(select + where + order, type);
        parameters.forEach(typed::setParameter);
        return typed;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void requireCityAdmin(Actor actor) {
        if (actor == null || !actor.isCityAdmin()) {
            throw new AccessRefusedException("only a city admin reads the audit log");
        }
    }
}
