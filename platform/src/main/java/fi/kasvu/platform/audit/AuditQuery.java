package fi.kasvu.platform.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What a city admin looks for in the audit log; every part is optional.
 *
 * @param actor  part of the actor's name or account id, any case
 * @param action the action exactly, e.g. {@code identity-code.revealed}
 * @param from   from this instant on (inclusive)
 * @param until  before this instant (exclusive)
 */
public record AuditQuery(UUID personId, String actor, String action, Instant from, Instant until) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null);
    }
}
