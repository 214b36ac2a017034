package fi.kasvu.platform.support;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolAccess;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Support records from before 1.8.2025, when support had three tiers: kept as they were written (their sections in
 * order), readable by the same circle as today's support, and never turned into today's form. They are brought in by
 * a city admin or the school's principal (from the previous system); a record dated after 31.7.2025 is refused, as
 * its documents no longer exist in law.
 */
@Service
public class LegacySupportRecords {

    public static final LocalDate LAST_DAY = LocalDate.of(2025, 7, 31);
    static final int LONGEST_SECTION = 20000;
    private static final TypeReference<LinkedHashMap<String, String>> SECTIONS = new TypeReference<>() {
    };

    private final EntityManager entities;
    private final SupportAccess access;
    private final SchoolAccess schools;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().build();

    LegacySupportRecords(EntityManager entities, SupportAccess access, SchoolAccess schools, AuditLog audit) {
        this.entities = entities;
        this.access = access;
        this.schools = schools;
        this.audit = audit;
    }

    @Transactional
    public UUID keep(Actor actor, UUID studentId, LegacyDocument document, LocalDate validFrom, LocalDate validUntil,
                     Map<String, String> sections) {
        if (studentId == null) {
            throw new InvalidFieldException("student", "choose the student");
        }
        schools.requireSchool(actor, access.schoolOf(studentId));
        if (document == null) {
            throw new InvalidFieldException("document", "choose the kind of document");
        }
        if (validFrom == null) {
            throw new InvalidFieldException("validFrom", "give the day the document was made");
        }
        if (validFrom.isAfter(LAST_DAY)) {
            throw new InvalidFieldException("validFrom", "three-tier support ended on " + LAST_DAY
                    + "; a later document belongs to today's support");
        }
        if (validUntil != null && (validUntil.isBefore(validFrom) || validUntil.isAfter(LAST_DAY))) {
            throw new InvalidFieldException("validUntil", "between the start and " + LAST_DAY);
        }
        if (sections == null || sections.isEmpty()) {
            throw new InvalidFieldException("sections", "a document has at least one section");
        }
        sections.forEach((title, text) -> {
            if (title == null || title.isBlank()) {
                throw new InvalidFieldException("sections", "every section has a title");
            }
            if (text == null || text.length() > LONGEST_SECTION) {
                throw new InvalidFieldException("sections", "section '" + title + "' is empty or longer than "
                        + LONGEST_SECTION + " characters");
            }
        });
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO legacy_support_record (id, student_id, tier, document, valid_from, valid_until,
                          sections, recorded_by)
                        VALUES (:id, :student, :tier, :document, :from, :until, CAST(:sections AS json), :by)""")
                .setParameter("id", id).setParameter("student", studentId).setParameter("tier", document.tier().name())
                .setParameter("document", document.name()).setParameter("from", validFrom)
                .setParameter("until", validUntil).setParameter("sections", json.writeValueAsString(sections))
                .setParameter("by", actor.displayName()).executeUpdate();
        audit.record(actor, "support.legacy-kept", studentId, "record " + id + " " + document);
        return id;
    }

    /** The student's records from before 1.8.2025, oldest first; audited. */
    @Transactional
    public List<LegacySupportSummary> of(Actor actor, UUID studentId) {
        access.requireRead(actor, studentId, "read a student's support records");
        audit.record(actor, "support.read", studentId, "records before 2025-08-01");
        return unaudited(studentId);
    }

    @SuppressWarnings("unchecked")
    List<LegacySupportSummary> unaudited(UUID studentId) {
        List<Object[]> rows = entities.createNativeQuery("""
                        SELECT id, student_id, tier, document, valid_from, valid_until, CAST(sections AS text), recorded_by
                        FROM legacy_support_record WHERE student_id = :student ORDER BY valid_from, recorded_at""")
                .setParameter("student", studentId).getResultList();
        return rows.stream().map(r -> new LegacySupportSummary((UUID) r[0], (UUID) r[1], LegacyTier.valueOf((String) r[2]),
                LegacyDocument.valueOf((String) r[3]), SupportDecisions.date(r[4]), SupportDecisions.date(r[5]),
                json.readValue((String) r[6], SECTIONS), (String) r[7])).toList();
    }
}
