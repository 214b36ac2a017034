package fi.kasvu.ui.administration;

import fi.kasvu.platform.school.SchoolKind;

/** The kinds of school in the words of Finnish education. */
final class SchoolKindNames {

    private SchoolKindNames() {
    }

    static String of(SchoolKind kind) {
        return com.vaadin.flow.i18n.I18NProvider.translate("administration.school-kind."
                + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
