package fi.kasvu.ui.administration;

import fi.kasvu.platform.school.SchoolLanguage;

/** The languages of instruction in the page's language: suomi, ruotsi; finska, svenska; Finnish, Swedish. */
final class SchoolLanguageNames {

    private SchoolLanguageNames() {
    }

    static String of(SchoolLanguage language) {
        return com.vaadin.flow.i18n.I18NProvider.translate("administration.school-language." + language.code());
    }
}
