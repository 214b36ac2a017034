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
            Map.entry("a school needs a name", "administration.problem.school-name"),
            Map.entry("there is already a school called", "administration.problem.school-name-taken"),
            Map.entry("choose the kind of school", "administration.problem.school-kind"),
            Map.entry("choose the language of instruction", "administration.problem.school-language"),
            Map.entry("exists already", "administration.problem.year-exists"),
            Map.entry("a school year ends between", "administration.problem.year-range"),
            Map.entry("a class needs a name", "administration.problem.class-name"),
            Map.entry("already has a class called", "administration.problem.class-name-taken"),
            Map.entry("a teaching group needs a subject", "administration.problem.group-subject"),
            Map.entry("choose a school year", "administration.problem.choose-year"),
            Map.entry("choose a school", "administration.problem.choose-school"),
            Map.entry("choose the school", "administration.problem.choose-the-school"),
            Map.entry("enter the name", "administration.problem.name"),
            Map.entry("enter an address", "administration.problem.email"),
            Map.entry("another person has this address", "administration.problem.email-taken"),
            Map.entry("another person has this identity code", "administration.problem.code-taken"),
            Map.entry("check character", "administration.problem.code-check"),
            Map.entry("has 11 characters", "administration.problem.code-length"),
            Map.entry("is not a date", "administration.problem.code-date"),
            Map.entry("century sign", "administration.problem.code-century"),
            Map.entry("does not match the date in the identity code", "administration.problem.birth-date-code"),
            Map.entry("cannot be in the future", "administration.problem.future-date"),
            Map.entry("choose the person's role", "administration.problem.person-role"),
            Map.entry("enter a number such as", "administration.problem.phone"),
            Map.entry("choose the day the role ends", "administration.problem.role-end-day"),
            Map.entry("cannot be before the role began", "administration.problem.role-end-before-begin"),
            Map.entry("choose the role", "administration.problem.choose-role"),
            Map.entry("choose a person", "administration.problem.choose-person"),
            Map.entry("enter the first day", "administration.problem.first-day"),
            Map.entry("enter the last day", "administration.problem.last-day"),
            Map.entry("the last day cannot come before the first", "administration.problem.last-before-first"),
            Map.entry("is in the last grade of basic education", "administration.problem.last-grade"),
            Map.entry("before moving classes to it", "administration.problem.next-year-first"),
            Map.entry("choose the classes to move", "administration.problem.classes-to-move"),
            Map.entry("choose the enrollments to end", "administration.problem.enrollments-to-end"),
            Map.entry("begins on", "administration.problem.begins-after-end"),
            Map.entry("is in ", "administration.problem.already-member"),
            Map.entry("a grading period lies within", "administration.problem.period-within"),
            Map.entry("a grading period needs a title", "administration.problem.period-title"));

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
