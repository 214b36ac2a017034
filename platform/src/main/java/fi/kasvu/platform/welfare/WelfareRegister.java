package fi.kasvu.platform.welfare;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.people.Guardianships;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pupil welfare register. Welfare staff with a grant covering the pupil write records (kept as written) and read
 * all of the pupil's; anyone else reads only the records disclosed to them, and someone to whom nothing was disclosed
 * is refused. Consents are recorded by welfare staff as the pupil or a guardian gave them; a disclosure to a named
 * person rests on such a consent or on a legal basis stated in words. Every read, write, disclosure and refusal is
 * audited, never with content.
 */
@Service
public class WelfareRegister {

    static final int LONGEST_TITLE = 200;
    static final int LONGEST_CONTENT = 20000;

    private final EntityManager entities;
    private final WelfareAccess access;
    private final Guardianships guardianships;
    private final AuditLog audit;
    private final Clock clock;

    WelfareRegister(EntityManager entities, WelfareAccess access, Guardianships guardianships, AuditLog audit,
                    Clock clock) {
        this.entities = entities;
        this.access = access;
        this.guardianships = guardianships;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public UUID write(Actor actor, UUID studentId, String title, String content) {
        if (studentId == null) {
            throw new InvalidFieldException("student", "choose the pupil");
        }
        var covered = access.requireGrant(actor, studentId, "write a welfare record");
        if (title == null || title.isBlank() || title.length() > LONGEST_TITLE) {
            throw new InvalidFieldException("title", "a title of 1 to " + LONGEST_TITLE + " characters");
        }
        if (content == null || content.isBlank() || content.length() > LONGEST_CONTENT) {
            throw new InvalidFieldException("content", "a record of 1 to " + LONGEST_CONTENT + " characters");
        }
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO welfare_record (id, student_id, author_id, profession, title, content, recorded_at)
                        VALUES (:id, :student, :author, :profession, :title, :content, :at)""")
                .setParameter("id", id).setParameter("student", studentId).setParameter("author", covered.worker())
                .setParameter("profession", covered.profession().name()).setParameter("title", title.strip())
                .setParameter("content", content.strip()).setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        audit.record(actor, "welfare.written", studentId, "record " + id);
        return id;
    }

    /**
     * The pupil's records the actor may read, oldest first: all of them for welfare staff with a grant, the disclosed
     * ones for anyone else. Audited; refused (and audited) for someone to whom nothing of the pupil's was disclosed.
     */
    @Transactional
    public List<WelfareRecordSummary> records(Actor actor, UUID studentId) {
        if (studentId == null) {
            throw new InvalidFieldException("student", "choose the pupil");
        }
        if (access.coveredBy(actor, studentId).isPresent()) {
            audit.record(actor, "welfare.read", studentId, "all records");
            return query("r.student_id = :student", studentId, null);
        }
        Optional<UUID> me = access.personOf(actor);
        List<WelfareRecordSummary> disclosed = me.isEmpty() ? List.of() : query("""
                r.student_id = :student AND EXISTS (SELECT 1 FROM welfare_disclosure d
                  WHERE d.record_id = r.id AND d.recipient_id = :me)""", studentId, me.get());
        if (disclosed.isEmpty()) {
            throw access.refuse(actor, studentId, "read welfare records",
                    "welfare records are confidential: only welfare staff with a grant for the pupil, or someone a "
                            + "record was disclosed to, may read them");
        }
        audit.record(actor, "welfare.read", studentId, "disclosed records " + disclosed.size());
        return disclosed;
    }

    /**
     * Records a consent the pupil or their guardian gave: for what, to whom (optional) and until when (optional).
     * Only welfare staff with a grant for the pupil record it.
     */
    @Transactional
    public UUID recordConsent(Actor actor, UUID studentId, UUID givenBy, String purpose, UUID recipientId,
                              LocalDate givenOn, LocalDate validUntil) {
        access.requireGrant(actor, studentId, "record a consent");
        if (givenBy == null) {
            throw new InvalidFieldException("givenBy", "say who gave the consent: the pupil or a guardian");
        }
        LocalDate today = LocalDate.now(clock);
        if (!givenBy.equals(studentId) && !guardianships.mayActFor(givenBy, studentId, today)) {
            throw new InvalidFieldException("givenBy", "only the pupil or a guardian who acts for them gives consent");
        }
        if (purpose == null || purpose.isBlank() || purpose.length() > 1000) {
            throw new InvalidFieldException("purpose", "say what the consent is for (at most 1000 characters)");
        }
        if (givenOn == null || givenOn.isAfter(today)) {
            throw new InvalidFieldException("givenOn", "the day the consent was given, not in the future");
        }
        if (validUntil != null && validUntil.isBefore(givenOn)) {
            throw new InvalidFieldException("validUntil", "ends before it was given");
        }
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO welfare_consent (id, student_id, given_by, purpose, recipient_id, given_on,
                          valid_until, recorded_by)
                        VALUES (:id, :student, :by, :purpose, :recipient, :on, :until, :recorder)""")
                .setParameter("id", id).setParameter("student", studentId).setParameter("by", givenBy)
                .setParameter("purpose", purpose.strip()).setParameter("recipient", recipientId)
                .setParameter("on", givenOn).setParameter("until", validUntil)
                .setParameter("recorder", actor.displayName()).executeUpdate();
        audit.record(actor, "welfare.consent-recorded", studentId, "consent " + id);
        return id;
    }

    @Transactional
    public void withdrawConsent(Actor actor, UUID consentId) {
        UUID student = consentStudent(consentId);
        access.requireGrant(actor, student, "record a withdrawn consent");
        entities.createNativeQuery("UPDATE welfare_consent SET withdrawn_at = :now WHERE id = :id AND withdrawn_at IS NULL")
                .setParameter("now", OffsetDateTime.now(clock)).setParameter("id", consentId).executeUpdate();
        audit.record(actor, "welfare.consent-withdrawn", student, "consent " + consentId);
    }

    /** The pupil's consents, for welfare staff with a grant. Audited. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<ConsentSummary> consents(Actor actor, UUID studentId) {
        access.requireGrant(actor, studentId, "read consents");
        audit.record(actor, "welfare.read", studentId, "consents");
        List<Object[]> rows = entities.createNativeQuery("""
                        SELECT id, student_id, given_by, purpose, recipient_id, given_on, valid_until, withdrawn_at
                        FROM welfare_consent WHERE student_id = :student ORDER BY given_on, recorded_at""")
                .setParameter("student", studentId).getResultList();
        return rows.stream().map(r -> new ConsentSummary((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                (UUID) r[4], WelfareGrants.date(r[5]), WelfareGrants.date(r[6]), r[7] != null)).toList();
    }

    /**
     * Discloses one record to a named person (a teacher, say), on a consent in force that allows it or on a legal
     * basis stated in words (at least the section of law).
     */
    @Transactional
    public void disclose(Actor actor, UUID recordId, UUID recipientId, UUID consentId, String legalBasis) {
        List<?> found = entities.createNativeQuery("SELECT student_id FROM welfare_record WHERE id = :id", UUID.class)
                .setParameter("id", recordId).getResultList();
        if (found.isEmpty()) {
            throw new InvalidFieldException("record", "there is no such welfare record");
        }
        UUID student = (UUID) found.getFirst();
        access.requireGrant(actor, student, "disclose a welfare record");
        if (recipientId == null || ((Number) entities.createNativeQuery(
                "SELECT count(*) FROM person WHERE id = :id AND status = 'active'").setParameter("id", recipientId)
                .getSingleResult()).longValue() == 0) {
            throw new InvalidFieldException("recipient", "choose the person the record is disclosed to");
        }
        boolean hasBasis = legalBasis != null && legalBasis.strip().length() >= 5;
        if (consentId == null && !hasBasis) {
            throw new InvalidFieldException("basis", "a disclosure rests on a recorded consent or a stated legal basis");
        }
        if (consentId != null) {
            requireConsentAllows(consentId, student, recipientId);
        }
        if (legalBasis != null && legalBasis.length() > 500) {
            throw new InvalidFieldException("legalBasis", "at most 500 characters");
        }
        int added = entities.createNativeQuery("""
                        INSERT INTO welfare_disclosure (id, record_id, recipient_id, consent_id, legal_basis, disclosed_by)
                        VALUES (:id, :record, :recipient, :consent, :basis, :by) ON CONFLICT (record_id, recipient_id) DO NOTHING""")
                .setParameter("id", UUID.randomUUID()).setParameter("record", recordId)
                .setParameter("recipient", recipientId).setParameter("consent", consentId)
                .setParameter("basis", hasBasis ? legalBasis.strip() : null).setParameter("by", actor.displayName())
                .executeUpdate();
        if (added == 0) {
            throw new InvalidFieldException("recipient", "the record was disclosed to this person already");
        }
        audit.record(actor, "welfare.disclosed", student, "record " + recordId + " to " + recipientId
                + (consentId != null ? " on consent " + consentId : " on a legal basis"));
    }

    /** Who may give consent for the pupil today: the pupil and each guardian who acts for them (the 18-year rule). */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Recipient> consentGivers(Actor actor, UUID studentId) {
        access.requireGrant(actor, studentId, "list who may give consent");
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = entities.createNativeQuery("""
                        SELECT p.id, p.given_name || ' ' || p.family_name, CASE WHEN p.id = :student THEN 'pupil' ELSE 'guardian' END
                        FROM person p WHERE p.status = 'active' AND (p.id = :student OR p.id IN
                          (SELECT g.guardian_id FROM guardianship g WHERE g.student_id = :student))
                        ORDER BY p.id = :student DESC, p.family_name, p.given_name""")
                .setParameter("student", studentId).getResultList();
        return rows.stream().map(r -> new Recipient((UUID) r[0], (String) r[1], (String) r[2]))
                .filter(r -> r.id().equals(studentId) || guardianships.mayActFor(r.id(), studentId, today)).toList();
    }

    /** The pupil's current teachers and principals, to whom a record may be disclosed; for welfare staff with a grant. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Recipient> recipients(Actor actor, UUID studentId) {
        access.requireGrant(actor, studentId, "list whom a record may be disclosed to");
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = entities.createNativeQuery("""
                        SELECT DISTINCT p.id, p.given_name || ' ' || p.family_name, x.role, p.family_name, p.given_name FROM (
                          SELECT t.person_id, 'teacher' AS role FROM enrollment e JOIN enrollment t ON t.class_id = e.class_id
                          WHERE e.person_id = :student AND e.role = 'student' AND e.status = 'active'
                            AND (e.begin_date IS NULL OR e.begin_date <= :today) AND (e.end_date IS NULL OR e.end_date >= :today)
                            AND t.role = 'teacher' AND t.status = 'active'
                            AND (t.begin_date IS NULL OR t.begin_date <= :today) AND (t.end_date IS NULL OR t.end_date >= :today)
                          UNION
                          SELECT r.person_id, 'principal' FROM person_role r
                          WHERE r.role = 'principal' AND r.status = 'active'
                            AND (r.begin_date IS NULL OR r.begin_date <= :today) AND (r.end_date IS NULL OR r.end_date >= :today)
                            AND r.school_id IN (SELECT e.school_id FROM enrollment e WHERE e.person_id = :student
                                                  AND e.role = 'student' AND e.status = 'active'
                                                UNION SELECT primary_school_id FROM person WHERE id = :student)
                        ) x JOIN person p ON p.id = x.person_id WHERE p.status = 'active'
                        ORDER BY p.family_name, p.given_name""")
                .setParameter("student", studentId).setParameter("today", today).getResultList();
        return rows.stream().map(r -> new Recipient((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }

    private void requireConsentAllows(UUID consentId, UUID student, UUID recipient) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                        SELECT student_id, recipient_id, valid_until, withdrawn_at FROM welfare_consent WHERE id = :id""")
                .setParameter("id", consentId).getResultList();
        if (rows.isEmpty() || !student.equals(rows.getFirst()[0])) {
            throw new InvalidFieldException("consent", "there is no such consent for this pupil");
        }
        Object[] consent = rows.getFirst();
        if (consent[3] != null) {
            throw new InvalidFieldException("consent", "was withdrawn");
        }
        LocalDate until = WelfareGrants.date(consent[2]);
        if (until != null && until.isBefore(LocalDate.now(clock))) {
            throw new InvalidFieldException("consent", "has expired");
        }
        if (consent[1] != null && !consent[1].equals(recipient)) {
            throw new InvalidFieldException("consent", "was given for disclosure to someone else");
        }
    }

    private UUID consentStudent(UUID consentId) {
        List<?> found = entities.createNativeQuery("SELECT student_id FROM welfare_consent WHERE id = :id", UUID.class)
                .setParameter("id", consentId).getResultList();
        if (found.isEmpty()) {
            throw new InvalidFieldException("consent", "there is no such consent");
        }
        return (UUID) found.getFirst();
    }

    @SuppressWarnings("unchecked")
    private List<WelfareRecordSummary> query(String condition, UUID student, UUID me) {
        var query = entities.createNativeQuery("""
                SELECT r.id, r.student_id, r.profession, a.given_name || ' ' || a.family_name, r.title, r.content,
                  r.recorded_at
                FROM welfare_record r JOIN person a ON a.id = r.author_id WHERE\s""" + condition
                + " ORDER BY r.recorded_at").setParameter("student", student);
        if (me != null) {
            query.setParameter("me", me);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new WelfareRecordSummary((UUID) r[0], (UUID) r[1],
                Profession.valueOf((String) r[2]), (String) r[3], (String) r[4], (String) r[5], instant(r[6]))).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected time " + value.getClass());
        };
    }
}
