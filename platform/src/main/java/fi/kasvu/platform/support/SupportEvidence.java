package fi.kasvu.platform.support;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A source of what Kasvu already knows about a student's learning (attendance, results, support so far), quoted in
 * the draft of a support document so that teachers need not copy it by hand. Features offer sources as beans; each
 * is asked within the drafting transaction, after access has been checked.
 */
public interface SupportEvidence {

    /** Lower comes first in the document. */
    int order();

    /** What this source knows about the student on the day, or empty when it knows nothing. */
    Optional<EvidenceSection> about(UUID studentId, LocalDate today);
}
