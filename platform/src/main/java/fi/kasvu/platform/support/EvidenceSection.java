package fi.kasvu.platform.support;

import java.util.List;

/** One part of what Kasvu already knows about a student, as the draft of a support document quotes it. */
public record EvidenceSection(String title, List<String> facts) {

    public EvidenceSection {
        facts = List.copyOf(facts);
    }
}
