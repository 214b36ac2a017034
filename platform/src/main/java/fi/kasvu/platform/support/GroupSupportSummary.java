package fi.kasvu.platform.support;

import java.time.LocalDate;
import java.util.UUID;

public record GroupSupportSummary(UUID id, UUID classId, String classTitle, GroupSupportForm form, String description,
                                  LocalDate startDate, LocalDate endDate, String recordedBy) {
}
