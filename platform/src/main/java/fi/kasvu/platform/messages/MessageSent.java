package fi.kasvu.platform.messages;

import fi.kasvu.platform.tenancy.TenantId;
import java.util.UUID;

/** A message (or announcement) was written, after its transaction commits; for search and other listeners. */
public record MessageSent(TenantId tenantId, UUID threadId, UUID messageId, ThreadKind kind) {
}
