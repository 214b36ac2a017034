package fi.kasvu.ui.administration;

import fi.kasvu.platform.school.ClassType;

/** Homeroom classes and teaching groups in the school's words. */
final class ClassTypeNames {

    private ClassTypeNames() {
    }

    static String of(ClassType type) {
        return type == ClassType.HOMEROOM ? "Luokka" : "Opetusryhmä";
    }
}
