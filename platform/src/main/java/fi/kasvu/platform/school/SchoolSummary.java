package fi.kasvu.platform.school;

import java.util.UUID;

/** What the rest of Kasvu sees of a school, with its language of instruction. */
public record SchoolSummary(UUID id, String name, SchoolKind kind, SchoolLanguage language) {

    /** A Finnish-language school, as every school was before schools had a language. */
    public SchoolSummary(UUID id, String name, SchoolKind kind) {
        this(id, name, kind, SchoolLanguage.FINNISH);
    }
}
