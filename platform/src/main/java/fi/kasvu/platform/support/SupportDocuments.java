package fi.kasvu.platform.support;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The single support document of a student, as one read: decisions, group support, records before 2025. Audited. */
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
}
