package fi.kasvu.ui.administration;

import fi.kasvu.platform.school.ClassType;

/** Homeroom classes and teaching groups in the school's words. */
final class ClassTypeNames {

    private ClassTypeNames() {
    }

    static String of(ClassType type) {
        return com.vaadin.flow.i18n.I18NProvider.translate(type == ClassType.HOMEROOM
                ? "administration.class-type.homeroom" : "administration.class-type.teaching-group");
    }
}
