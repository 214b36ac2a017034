package fi.kasvu.platform.welfare;

import java.time.Instant;
import java.util.UUID;

public record WelfareRecordSummary(UUID id, UUID studentId, Profession profession, String authorName, String title,
                                   String content, Instant recordedAt) {
}
