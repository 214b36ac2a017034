package fi.kasvu.ui.administration;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import fi.kasvu.platform.school.InvalidFieldException;

/**
 * A service's refusal of a form's input, in the page's language, on the field it names. The services speak English
 * (their messages also reach logs and APIs); the common problems have words in the administration's bundle, the rare
 * ones keep the service's.
 */
final class FieldProblems {

    /** What the service says (a part of its English message) and the key of the words a person reads. */
    private static final List<Map.Entry<String, String>> KEYS = List.of(
            Map.entry("a school needs a name", "administration.problem.1"),
            Map.entry("there is already a school called", "administration.problem.2"),
            Map.entry("choose the kind of school", "administration.problem.3"),
            Map.entry("exists already", "administration.problem.4"),
            Map.entry("a school year ends between", "administration.problem.5"),
            Map.entry("a class needs a name", "administration.problem.6"),
            Map.entry("already has a class called", "administration.problem.7"),
            Map.entry("a teaching group needs a subject", "administration.problem.8"),
            Map.entry("choose a school year", "administration.problem.9"),
            Map.entry("choose a school", "administration.problem.10"),
            Map.entry("choose the school", "administration.problem.11"),
            Map.entry("enter the name", "administration.problem.12"),
            Map.entry("enter an address", "administration.problem.13"),
            Map.entry("another person has this address", "administration.problem.14"),
            Map.entry("another person has this identity code", "administration.problem.15"),
            Map.entry("check character", "administration.problem.16"),
            Map.entry("has 11 characters", "administration.problem.17"),
            Map.entry("is not a date", "administration.problem.18"),
            Map.entry("century sign", "administration.problem.19"),
            Map.entry("does not match the date in the identity code", "administration.problem.20"),
            Map.entry("cannot be in the future", "administration.problem.21"),
            Map.entry("choose the person's role", "administration.problem.22"),
            Map.entry("enter a number such as", "administration.problem.23"),
            Map.entry("choose the day the role ends", "administration.problem.24"),
            Map.entry("cannot be before the role began", "administration.problem.25"),
            Map.entry("choose the role", "administration.problem.26"),
            Map.entry("choose a person", "administration.problem.27"),
            Map.entry("enter the first day", "administration.problem.28"),
            Map.entry("enter the last day", "administration.problem.29"),
            Map.entry("the last day cannot come before the first", "administration.problem.30"),
            Map.entry("is in the last grade of basic education", "administration.problem.31"),
            Map.entry("before moving classes to it", "administration.problem.32"),
            Map.entry("choose the classes to move", "administration.problem.33"),
            Map.entry("choose the enrollments to end", "administration.problem.34"),
            Map.entry("begins on", "administration.problem.35"),
            Map.entry("is in ", "administration.problem.36"),
            Map.entry("a grading period lies within", "administration.problem.37"),
            Map.entry("a grading period needs a title", "administration.problem.38"));

    private FieldProblems() {
    }

    static String translated(InvalidFieldException problem) {
        return KEYS.stream().filter(entry -> problem.problem().contains(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().map(com.vaadin.flow.i18n.I18NProvider::translate).orElse(problem.problem());
    }

    /** Marks the named field invalid with the problem, clearing the others; false when the form has no such field. */
    static boolean show(InvalidFieldException problem, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        HasValidation field = fields.get(problem.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(translated(problem));
        field.setInvalid(true);
        return true;
    }
}
