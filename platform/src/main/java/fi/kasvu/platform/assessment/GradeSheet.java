package fi.kasvu.platform.assessment;

import java.util.List;
import java.util.UUID;

/**
 * The grades of one subject a teacher gives a group at once.
 *
 * @param subjectCode the national subject code; a teaching group's own when omitted
 * @param termId      the term of a {@link GradeKind#TERM} grade; ignored for a year grade (the group's school year)
 */
public record GradeSheet(UUID classId, String subjectCode, GradeKind kind, UUID termId, List<GradeEntry> entries) {

    public GradeSheet {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
