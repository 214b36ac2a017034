package fi.kasvu.ui.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.school.InvalidFieldException;

/**
 * The attendance pages' words that depend on a value: marks, dates, times, and the services' refusals, which speak
 * English and are shown in the page's language on the field they name (a rare one keeps the service's words).
 */
final class Texts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H.mm");

    /** Fragments of the services' messages and the keys of their translations. */
    private static final List<Map.Entry<String, String>> PROBLEMS = List.of(
            Map.entry("the last day cannot come before the first", "attendance.problem.last-before-first"),
            Map.entry("reported ahead of time", "attendance.problem.report-in-past"),
            Map.entry("applied for ahead of time", "attendance.problem.leave-in-past"),
            Map.entry("choose illness or another reason", "attendance.problem.reason"),
            Map.entry("say why the leave is needed", "attendance.problem.leave-reason"),
            Map.entry("say why the leave is not granted", "attendance.problem.rejection-reason"),
            Map.entry("enter the first day", "attendance.problem.first-day"),
            Map.entry("enter the last day", "attendance.problem.last-day"),
            Map.entry("choose the child", "attendance.problem.child"),
            Map.entry("choose lessons of the student", "attendance.problem.lessons"),
            Map.entry("only the student's unexplained absences", "attendance.problem.explain"),
            Map.entry("choose the absences to explain", "attendance.problem.explain"),
            Map.entry("decided already", "attendance.problem.decided"),
            Map.entry("is not in", "attendance.problem.not-in-group"),
            Map.entry("a lesson ends after it starts", "attendance.problem.end-before-start"),
            Map.entry("lessons are held from Monday to Friday", "attendance.problem.weekday"),
            Map.entry("overlaps the lesson", "attendance.problem.overlap"),
            Map.entry("choose the subject", "attendance.problem.subject"),
            Map.entry("there is no subject with the code", "attendance.problem.subject"),
            Map.entry("no such lesson", "attendance.problem.no-lesson"),
            Map.entry("choose a lesson", "attendance.problem.no-lesson"),
            Map.entry("at most", "attendance.problem.too-long"));

    private Texts() {
    }

    static String mark(Component in, MarkKind kind) {
        return in.getTranslation("attendance.mark." + kind.name());
    }

    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    static String weekday(Component in, LocalDate day) {
        return in.getTranslation("attendance.weekday." + day.getDayOfWeek().getValue());
    }

    /** The refusal in the page's language. */
    static String problem(Component in, RuntimeException refusal) {
        if (refusal instanceof AccessRefusedException) {
            return in.getTranslation("attendance.problem.refused");
        }
        if (refusal instanceof InvalidFieldException invalid) {
            return PROBLEMS.stream().filter(entry -> invalid.problem().contains(entry.getKey())).findFirst()
                    .map(entry -> in.getTranslation(entry.getValue())).orElse(invalid.problem());
        }
        return in.getTranslation("attendance.problem.failed");
    }

    /** Marks the field the refusal names (and clears the others); true when one was found. */
    static boolean showOn(Component in, InvalidFieldException invalid, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        HasValidation field = fields.get(invalid.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(problem(in, invalid));
        field.setInvalid(true);
        return true;
    }
}
