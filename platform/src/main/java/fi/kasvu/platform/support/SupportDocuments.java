package fi.kasvu.platform.support;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.school.InvalidFieldException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The single support document of a student, as one read: decisions, group support, records before 2025. Audited.
 * The staff who work on it read it whole ({@link #of}); the student and their guardian read the family's view
 * ({@link #forFamily}): the decisions made, without drafts or the staff's working notes.
 */
@Service
public class SupportDocuments {

    private final SupportAccess access;
    private final SupportDecisions decisions;
    private final GroupSupports groups;
    private final LegacySupportRecords legacy;
    private final AuditLog audit;

    SupportDocuments(SupportAccess access, SupportDecisions decisions, GroupSupports groups,
                     LegacySupportRecords legacy, AuditLog audit) {
        this.access = access;
        this.decisions = decisions;
        this.groups = groups;
        this.legacy = legacy;
        this.audit = audit;
    }

    @Transactional
    public SupportDocument of(Actor actor, UUID studentId) {
        access.requireRead(actor, studentId, "read a student's support document");
        audit.record(actor, "support.read", studentId, "support document");
        List<SupportDecisionSummary> decided = decisions.unaudited(studentId);
        return new SupportDocument(studentId, decided, groups.currentForStudent(studentId), legacy.unaudited(studentId));
    }

    /**
     * The document as the student and their guardian read it: the decisions made (a draft is the school's until it is
     * decided, see docs/support-and-welfare.md), each without the facts Kasvu quoted into its draft and without who
     * drafted it; the group support in force in the student's groups; the records from before 1.8.2025. Only the
     * student and a guardian who may act for them today; audited, and so is a refusal.
     *
     * @throws StudentOfAgeException for a guardian of a student of age who has not allowed them
     */
    @Transactional
    public SupportDocument forFamily(Actor actor, UUID studentId) {
        requireStudent(studentId);
        access.requireFamily(actor, studentId, "read the student's support document");
        audit.record(actor, "support.read", studentId, "support document, the family's view");
        return familyView(studentId);
    }

    /** What there is in the family's view, counted for the home page; audited as a read of its own. */
    @Transactional
    public SupportOverview familyOverview(Actor actor, UUID studentId) {
        requireStudent(studentId);
        access.requireFamily(actor, studentId, "see an overview of the student's support");
        audit.record(actor, "support.read", studentId, "support overview, the family's home page");
        SupportDocument document = familyView(studentId);
        List<SupportDecisionSummary> made = document.decisions();
        return new SupportOverview(count(made, SupportStage.IN_FORCE) + count(made, SupportStage.REVIEWED),
                count(made, SupportStage.DECIDED), count(made, SupportStage.ENDED),
                made.stream().filter(d -> d.stage() != SupportStage.ENDED).map(SupportDecisionSummary::reviewBy)
                        .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null),
                document.groupSupport().size(), document.before2025().size());
    }

    private SupportDocument familyView(UUID studentId) {
        List<SupportDecisionSummary> made = decisions.unaudited(studentId).stream()
                .filter(decision -> decision.stage() != SupportStage.DRAFTED)
                .map(SupportDocuments::withoutWorkingNotes).toList();
        return new SupportDocument(studentId, made, groups.currentForStudent(studentId), legacy.unaudited(studentId));
    }

    /** The decision as decided: the draft's quoted facts and its drafter are the staff's working notes. */
    private static SupportDecisionSummary withoutWorkingNotes(SupportDecisionSummary d) {
        return new SupportDecisionSummary(d.id(), d.studentId(), d.schoolId(), d.stage(), d.measures(), d.subjects(),
                d.needAssessment(), d.goals(), d.arrangements(), d.grounds(), d.hearingDate(), d.hearingNotes(),
                d.startDate(), d.reviewBy(), d.appealInstructions(), null, null, d.decidedBy(), d.decidedAt(),
                d.endedOn(), d.endReason(), List.of(), d.reviews());
    }

    private static int count(List<SupportDecisionSummary> decisions, SupportStage stage) {
        return (int) decisions.stream().filter(d -> d.stage() == stage).count();
    }

    private static void requireStudent(UUID studentId) {
        if (studentId == null) {
            throw new InvalidFieldException("student", "choose the student");
        }
    }
}
