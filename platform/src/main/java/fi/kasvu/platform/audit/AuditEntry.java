package fi.kasvu.platform.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log; {@code detail} never holds the data that was read. */
public record AuditEntry(long id, Instant at, String actor, String action, UUID personId, String detail) {
}
