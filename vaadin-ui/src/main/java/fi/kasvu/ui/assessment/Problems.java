package fi.kasvu.ui.assessment;

import com.vaadin.flow.component.Component;
import fi.kasvu.platform.school.InvalidFieldException;

/** The services' refusals in the reader's language: which rule was broken, then the service's own detail. */
final class Problems {

    private Problems() {
    }

    static String of(Component in, InvalidFieldException problem) {
        String text = problem.problem();
        String key;
        if (text.contains("outside the scale") || text.contains("is not on the scale") || text.contains("between the marks")) {
            key = "assessment.error.scale";
        } else if (text.contains("only in grades 1-3")) {
            key = "assessment.error.verbal";
        } else if (text.contains("S/H is not allowed")) {
            key = "assessment.error.passfail";
        } else if (text.contains("not a whole number")) {
            key = "assessment.error.whole";
        } else if (text.contains("verbal assessment is not taken")) {
            key = "assessment.error.number";
        } else if (text.contains("no year grade")) {
            key = "assessment.error.missing";
        } else {
            key = "assessment.error.other";
        }
        return in.getTranslation(key) + " (" + text + ")";
    }
}
