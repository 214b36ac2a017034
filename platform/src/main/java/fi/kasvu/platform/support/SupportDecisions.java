package fi.kasvu.platform.support;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.transaction.annotation.Transactional;

/**
 * Student-specific support: the teachers draft a decision in the support document, Kasvu quoting what it already knows
 * ({@link SupportEvidence}); the principal decides it with its required parts; it is in force from its start date,
 * reviewed, and ended. Each step is one transaction, checked in full before anything is written, and audited; every
 * read of a decision or the document is audited too.
 */
@Service
public class SupportDecisions {

    static final int LONGEST_TEXT = 8000;
    private static final Pattern SUBJECT = Pattern.compile("[A-Z0-9]{1,10}");
    private static final TypeReference<List<EvidenceSection>> EVIDENCE = new TypeReference<>() {
    };

    private final EntityManager entities;
    private final SupportAccess access;
    private final AuditLog audit;
    private final Clock clock;
    /** Asked lazily: a source may itself read support (the support so far), which needs this service. */
    private final ObjectProvider<SupportEvidence> evidence;
    private final JsonMapper json = JsonMapper.builder().build();

    SupportDecisions(EntityManager entities, SupportAccess access, AuditLog audit, Clock clock,
                     ObjectProvider<SupportEvidence> evidence) {
        this.entities = entities;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.evidence = evidence;
    }

    /**
     * Starts a draft for the student at their current school, quoting what Kasvu knows of them today. The measures may
     * still be empty: deciding needs them, drafting does not.
     */
    @Transactional
    public UUID draft(Actor actor, UUID studentId, SupportDraft draft) {
        if (studentId == null) {
            throw new InvalidFieldException("student", "choose the student");
        }
        access.requireDraft(actor, studentId, "draft a support decision");
        SupportDraft valid = valid(draft);
        UUID school = access.schoolOf(studentId);
        LocalDate today = LocalDate.now(clock);
        List<EvidenceSection> known = evidence.stream().sorted(Comparator.comparingInt(SupportEvidence::order))
                .map(source -> source.about(studentId, today))
                .flatMap(Optional::stream).toList();
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO support_decision (id, student_id, school_id, status, measures, subjects,
                          need_assessment, goals, arrangements, draft_basis, drafted_by, drafted_at)
                        VALUES (:id, :student, :school, 'DRAFTED', string_to_array(:measures, ','),
                          string_to_array(:subjects, ','), :need, :goals, :arrangements, CAST(:basis AS jsonb), :by, :at)""")
                .setParameter("id", id).setParameter("student", studentId).setParameter("school", school)
                .setParameter("measures", joined(valid.measures())).setParameter("subjects", String.join(",", valid.subjects()))
                .setParameter("need", valid.needAssessment()).setParameter("goals", valid.goals())
                .setParameter("arrangements", valid.arrangements()).setParameter("basis", toJson(known))
                .setParameter("by", actor.displayName()).setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
        audit.record(actor, "support.drafted", studentId, "decision " + id);
        return id;
    }

    /** Changes a draft; a decided decision is changed only by a new one. */
    @Transactional
    public void revise(Actor actor, UUID decisionId, SupportDraft draft) {
        Row row = row(decisionId);
        access.requireDraft(actor, row.studentId(), "revise a support decision");
        if (!row.status().equals("DRAFTED")) {
            throw new InvalidFieldException("decision", "is decided already; a change needs a new decision");
        }
        SupportDraft valid = valid(draft);
        entities.createNativeQuery("""
                        UPDATE support_decision SET measures = string_to_array(:measures, ','),
                          subjects = string_to_array(:subjects, ','), need_assessment = :need, goals = :goals,
                          arrangements = :arrangements, version = version + 1 WHERE id = :id""")
                .setParameter("measures", joined(valid.measures())).setParameter("subjects", String.join(",", valid.subjects()))
                .setParameter("need", valid.needAssessment()).setParameter("goals", valid.goals())
                .setParameter("arrangements", valid.arrangements()).setParameter("id", decisionId).executeUpdate();
        audit.record(actor, "support.revised", row.studentId(), "decision " + decisionId);
    }

    /**
     * The principal decides the draft. Every required part is checked first and all that are missing are named:
     * measures, the subjects of per-subject measures, the assessment of the need, the arrangements, the hearing of the
     * student and guardian (not in the future), the grounds, the start date, the review date (after the start) and the
     * instructions for requesting a review.
     */
    @Transactional
    public void decide(Actor actor, UUID decisionId, DecisionParts parts) {
        Row row = row(decisionId);
        access.requireDecide(actor, row.studentId(), "decide on support");
        if (!row.status().equals("DRAFTED")) {
            throw new InvalidFieldException("decision", "is decided already");
        }
        DecisionParts given = parts == null ? new DecisionParts(null, null, null, null, null, null) : parts;
        LocalDate today = LocalDate.now(clock);
        List<String> missing = new ArrayList<>();
        if (row.measures().isEmpty()) {
            missing.add("measures");
        }
        if (row.measures().stream().anyMatch(SupportMeasure::perSubject) && row.subjects().isEmpty()) {
            missing.add("subjects");
        }
        if (blank(row.needAssessment())) {
            missing.add("needAssessment");
        }
        if (blank(row.arrangements())) {
            missing.add("arrangements");
        }
        if (given.hearingDate() == null) {
            missing.add("hearingDate");
        }
        if (blank(given.grounds())) {
            missing.add("grounds");
        }
        if (given.startDate() == null) {
            missing.add("startDate");
        }
        if (given.reviewBy() == null) {
            missing.add("reviewBy");
        }
        if (blank(given.appealInstructions())) {
            missing.add("appealInstructions");
        }
        if (!missing.isEmpty()) {
            throw new MissingPartsException(missing);
        }
        if (given.hearingDate().isAfter(today)) {
            throw new InvalidFieldException("hearingDate", "the student and guardian are heard before the decision");
        }
        if (!given.reviewBy().isAfter(given.startDate())) {
            throw new InvalidFieldException("reviewBy", "the review comes after the start date");
        }
        text("grounds", given.grounds());
        text("hearingNotes", given.hearingNotes());
        text("appealInstructions", given.appealInstructions());
        entities.createNativeQuery("""
                        UPDATE support_decision SET status = 'DECIDED', hearing_date = :hearing, hearing_notes = :notes,
                          grounds = :grounds, start_date = :start, review_by = :review, appeal_instructions = :appeal,
                          decided_by = :by, decided_at = :at, version = version + 1
                        WHERE id = :id AND status = 'DRAFTED'""")
                .setParameter("hearing", given.hearingDate()).setParameter("notes", strip(given.hearingNotes()))
                .setParameter("grounds", given.grounds().strip()).setParameter("start", given.startDate())
                .setParameter("review", given.reviewBy()).setParameter("appeal", given.appealInstructions().strip())
                .setParameter("by", actor.displayName()).setParameter("at", OffsetDateTime.now(clock))
                .setParameter("id", decisionId).executeUpdate();
        audit.record(actor, "support.decided", row.studentId(), "decision " + decisionId);
    }

    /**
     * Records a review of a decision in force. Teachers and special-needs teachers review; a review that ends the
     * measures is the principal's, and ends the decision on the review's day.
     */
    @Transactional
    public UUID review(Actor actor, UUID decisionId, LocalDate reviewedOn, ReviewOutcome outcome, String notes,
                       LocalDate nextReview) {
        Row row = row(decisionId);
        if (outcome == ReviewOutcome.END) {
            access.requireDecide(actor, row.studentId(), "end support measures");
        } else {
            access.requireDraft(actor, row.studentId(), "review support measures");
        }
        if (!row.status().equals("DECIDED") && !row.status().equals("REVIEWED")) {
            throw new InvalidFieldException("decision", row.status().equals("ENDED") ? "has ended"
                    : "is not decided yet; review a decision once it is decided");
        }
        if (reviewedOn == null) {
            throw new InvalidFieldException("reviewedOn", "give the day of the review");
        }
        if (reviewedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("reviewedOn", "a review is recorded after it was held, not ahead");
        }
        if (outcome == null) {
            throw new InvalidFieldException("outcome", "say whether the measures go on, change or end");
        }
        if (blank(notes)) {
            throw new InvalidFieldException("notes", "say what the review found");
        }
        text("notes", notes);
        if (outcome != ReviewOutcome.END && (nextReview == null || !nextReview.isAfter(reviewedOn))) {
            throw new InvalidFieldException("nextReview", "measures that go on need the next review, after this one");
        }
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO support_review (id, decision_id, reviewed_on, outcome, notes, next_review, reviewed_by)
                        VALUES (:id, :decision, :on, :outcome, :notes, :next, :by)""")
                .setParameter("id", id).setParameter("decision", decisionId).setParameter("on", reviewedOn)
                .setParameter("outcome", outcome.name()).setParameter("notes", notes.strip())
                .setParameter("next", outcome == ReviewOutcome.END ? null : nextReview)
                .setParameter("by", actor.displayName()).executeUpdate();
        if (outcome == ReviewOutcome.END) {
            endNow(decisionId, reviewedOn, "ended by the review of " + reviewedOn);
        } else {
            entities.createNativeQuery("UPDATE support_decision SET status = 'REVIEWED', review_by = :next, "
                            + "version = version + 1 WHERE id = :id")
                    .setParameter("next", nextReview).setParameter("id", decisionId).executeUpdate();
        }
        audit.record(actor, "support.reviewed", row.studentId(), "decision " + decisionId + " " + outcome);
        return id;
    }

    /** The principal ends a decided decision on a day, with the reason. */
    @Transactional
    public void end(Actor actor, UUID decisionId, LocalDate endedOn, String reason) {
        Row row = row(decisionId);
        access.requireDecide(actor, row.studentId(), "end support measures");
        if (!row.status().equals("DECIDED") && !row.status().equals("REVIEWED")) {
            throw new InvalidFieldException("decision", row.status().equals("ENDED") ? "has ended already"
                    : "is a draft; a draft is not ended but left undecided");
        }
        if (endedOn == null) {
            throw new InvalidFieldException("endedOn", "give the last day of the measures");
        }
        if (blank(reason)) {
            throw new InvalidFieldException("reason", "say why the measures end");
        }
        text("reason", reason);
        endNow(decisionId, endedOn, reason.strip());
        audit.record(actor, "support.ended", row.studentId(), "decision " + decisionId);
    }

    /** One decision, read by someone in the student's circle; audited. */
    @Transactional
    public SupportDecisionSummary decision(Actor actor, UUID decisionId) {
        Row row = row(decisionId);
        access.requireRead(actor, row.studentId(), "read a support decision");
        audit.record(actor, "support.read", row.studentId(), "decision " + decisionId);
        return summary(row);
    }

    /** A student's decisions, newest first, read by someone in the student's circle; audited. */
    @Transactional
    public List<SupportDecisionSummary> decisionsOf(Actor actor, UUID studentId) {
        access.requireRead(actor, studentId, "read a student's support decisions");
        audit.record(actor, "support.read", studentId, "decisions");
        return unaudited(studentId);
    }

    List<SupportDecisionSummary> unaudited(UUID studentId) {
        return rows("WHERE student_id = :key ORDER BY drafted_at DESC", studentId).stream().map(this::summary).toList();
    }

    private void endNow(UUID decisionId, LocalDate endedOn, String reason) {
        entities.createNativeQuery("UPDATE support_decision SET status = 'ENDED', ended_on = :on, end_reason = :reason, "
                        + "version = version + 1 WHERE id = :id")
                .setParameter("on", endedOn).setParameter("reason", reason).setParameter("id", decisionId)
                .executeUpdate();
    }

    private SupportDecisionSummary summary(Row row) {
        LocalDate today = LocalDate.now(clock);
        SupportStage stage = switch (row.status()) {
            case "DRAFTED" -> SupportStage.DRAFTED;
            case "ENDED" -> SupportStage.ENDED;
            case "REVIEWED" -> SupportStage.REVIEWED;
            default -> row.startDate() != null && !row.startDate().isAfter(today) ? SupportStage.IN_FORCE
                    : SupportStage.DECIDED;
        };
        @SuppressWarnings("unchecked")
        List<Object[]> reviews = entities.createNativeQuery("""
                        SELECT id, reviewed_on, outcome, notes, next_review, reviewed_by FROM support_review
                        WHERE decision_id = :id ORDER BY reviewed_on, recorded_at""")
                .setParameter("id", row.id()).getResultList();
        return new SupportDecisionSummary(row.id(), row.studentId(), row.schoolId(), stage, row.measures(),
                row.subjects(), row.needAssessment(), row.goals(), row.arrangements(), row.grounds(), row.hearingDate(),
                row.hearingNotes(), row.startDate(), row.reviewBy(), row.appealInstructions(), row.draftedBy(),
                row.draftedAt(), row.decidedBy(), row.decidedAt(), row.endedOn(), row.endReason(),
                fromJson(row.basis()), reviews.stream().map(r -> new SupportReviewSummary((UUID) r[0], date(r[1]),
                        ReviewOutcome.valueOf((String) r[2]), (String) r[3], date(r[4]), (String) r[5])).toList());
    }

    private Row row(UUID decisionId) {
        if (decisionId == null) {
            throw new InvalidFieldException("decision", "choose the decision");
        }
        return rows("WHERE id = :key", decisionId).stream().findFirst()
                .orElseThrow(() -> new InvalidFieldException("decision", "there is no such support decision"));
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String where, UUID key) {
        List<Object[]> found = entities.createNativeQuery("""
                        SELECT id, student_id, school_id, status, array_to_string(measures, ','),
                          array_to_string(subjects, ','), need_assessment, goals, arrangements, grounds, hearing_date,
                          hearing_notes, start_date, review_by, appeal_instructions, CAST(draft_basis AS text),
                          drafted_by, drafted_at, decided_by, decided_at, ended_on, end_reason
                        FROM support_decision\s""" + where)
                .setParameter("key", key).getResultList();
        return found.stream().map(r -> new Row((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3],
                split((String) r[4]).stream().map(SupportMeasure::valueOf).collect(Collectors.toCollection(
                        () -> EnumSet.noneOf(SupportMeasure.class))),
                new LinkedHashSet<>(split((String) r[5])), (String) r[6], (String) r[7], (String) r[8], (String) r[9],
                date(r[10]), (String) r[11], date(r[12]), date(r[13]), (String) r[14], (String) r[15], (String) r[16],
                instant(r[17]), (String) r[18], instant(r[19]), date(r[20]), (String) r[21])).toList();
    }

    private record Row(UUID id, UUID studentId, UUID schoolId, String status, Set<SupportMeasure> measures,
                       Set<String> subjects, String needAssessment, String goals, String arrangements, String grounds,
                       LocalDate hearingDate, String hearingNotes, LocalDate startDate, LocalDate reviewBy,
                       String appealInstructions, String basis, String draftedBy, Instant draftedAt, String decidedBy,
                       Instant decidedAt, LocalDate endedOn, String endReason) {
    }

    private SupportDraft valid(SupportDraft draft) {
        if (draft == null) {
            throw new InvalidFieldException("draft", "fill in the draft");
        }
        for (String subject : draft.subjects()) {
            if (subject == null || !SUBJECT.matcher(subject).matches()) {
                throw new InvalidFieldException("subjects", "'" + subject + "' is not a subject code such as MA or AI");
            }
            if (((Number) entities.createNativeQuery("SELECT count(*) FROM subject WHERE code = :code")
                    .setParameter("code", subject).getSingleResult()).longValue() == 0) {
                throw new InvalidFieldException("subjects", "there is no subject " + subject);
            }
        }
        if (!draft.subjects().isEmpty() && draft.measures().stream().noneMatch(SupportMeasure::perSubject)) {
            throw new InvalidFieldException("subjects", "only teaching by a special-needs teacher and an individualised "
                    + "syllabus are given per subject");
        }
        text("needAssessment", draft.needAssessment());
        text("goals", draft.goals());
        text("arrangements", draft.arrangements());
        return new SupportDraft(draft.measures(), draft.subjects(), strip(draft.needAssessment()), strip(draft.goals()),
                strip(draft.arrangements()));
    }

    private static void text(String field, String value) {
        if (value != null && value.length() > LONGEST_TEXT) {
            throw new InvalidFieldException(field, "at most " + LONGEST_TEXT + " characters");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String joined(Set<SupportMeasure> measures) {
        return measures.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private String toJson(List<EvidenceSection> sections) {
        try {
            return json.writeValueAsString(sections);
        } catch (JacksonException e) {
            throw new IllegalStateException("the draft's evidence could not be written", e);
        }
    }

    private List<EvidenceSection> fromJson(String basis) {
        if (basis == null || basis.isBlank() || basis.equals("{}")) {
            return List.of();
        }
        try {
            return json.readValue(basis, EVIDENCE);
        } catch (JacksonException e) {
            throw new IllegalStateException("a support decision's evidence could not be read", e);
        }
    }

    static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> LocalDate.parse(value.toString());
        };
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected time " + value.getClass());
        };
    }
}
