package fi.kasvu.platform.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The support so far: earlier decisions with their measures and stage, and the group support in the pupil's groups. */
@Component
class SupportHistoryEvidence implements SupportEvidence {

    private final SupportDecisions decisions;
    private final GroupSupports groups;

    SupportHistoryEvidence(SupportDecisions decisions, GroupSupports groups) {
        this.decisions = decisions;
        this.groups = groups;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<EvidenceSection> about(UUID studentId, LocalDate today) {
        var facts = new ArrayList<EvidenceSection.Fact>();
        for (SupportDecisionSummary earlier : decisions.unaudited(studentId)) {
            if (earlier.stage() == SupportStage.DRAFTED) {
                continue;
            }
            facts.add(new EvidenceSection.Fact("decision", List.of(earlier.stage().name(),
                    String.join(",", earlier.measures().stream().map(Enum::name).sorted().toList()),
                    String.valueOf(earlier.startDate()), earlier.endedOn() == null ? "" : earlier.endedOn().toString())));
        }
        for (GroupSupportSummary group : groups.currentForStudent(studentId)) {
            facts.add(new EvidenceSection.Fact("groupSupport", List.of(group.classTitle(), group.form().name(),
                    String.valueOf(group.startDate()))));
        }
        return facts.isEmpty() ? Optional.empty() : Optional.of(new EvidenceSection("support", facts));
    }
}
