package fi.kasvu.ui.administration;

import fi.kasvu.platform.school.SchoolKind;

/** The kinds of school in the words of Finnish education. */
final class SchoolKindNames {

    private SchoolKindNames() {
    }

    static String of(SchoolKind kind) {
        return switch (kind) {
            case PRE_PRIMARY -> "Esiopetus";
            case BASIC -> "Perusopetus";
            case UPPER_SECONDARY -> "Lukio";
            case VOCATIONAL -> "Ammatillinen koulutus";
        };
    }
}
