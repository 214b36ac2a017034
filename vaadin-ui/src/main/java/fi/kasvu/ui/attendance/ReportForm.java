package fi.kasvu.ui.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import fi.kasvu.platform.attendance.AbsenceReason;
import fi.kasvu.platform.attendance.NewAbsenceReport;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.school.InvalidFieldException;

/**
 * A guardian's report of an absence ahead of time: whole days from one day to another, or only chosen lessons of
 * those days (the lessons are offered once the days are chosen); illness or another reason, and a note.
 */
class ReportForm extends FormLayout {

    final RadioButtonGroup<Boolean> wholeDays = new RadioButtonGroup<>();
    final DatePicker firstDay = new DatePicker();
    final DatePicker lastDay = new DatePicker();
    final CheckboxGroup<Lesson> lessons = new CheckboxGroup<>();
    final RadioButtonGroup<AbsenceReason> reason = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final Button send = new Button();
    private final Map<String, HasValidation> fields;
    private UUID student;

    ReportForm(BiFunction<LocalDate, LocalDate, List<Lesson>> lessonsOn, Consumer<NewAbsenceReport> sent) {
        wholeDays.setLabel(getTranslation("attendance.report.what"));
        wholeDays.setId("ilmoitus-laajuus");
        wholeDays.setItems(true, false);
        wholeDays.setItemLabelGenerator(whole -> getTranslation(whole ? "attendance.report.whole-days"
                : "attendance.report.chosen-lessons"));
        wholeDays.setValue(true);
        firstDay.setLabel(getTranslation("attendance.report.first-day"));
        firstDay.setId("ilmoitus-alkaa");
        lastDay.setLabel(getTranslation("attendance.report.last-day"));
        lastDay.setId("ilmoitus-paattyy");
        lessons.setLabel(getTranslation("attendance.report.lessons"));
        lessons.setId("ilmoitus-tunnit");
        lessons.setItemLabelGenerator(lesson -> Texts.weekday(this, lesson.day()) + " " + Texts.date(lesson.day()) + " "
                + Texts.time(lesson.start()) + "–" + Texts.time(lesson.end()) + " " + lesson.classTitle()
                + (lesson.subjectCode() == null ? "" : " " + lesson.subjectCode()));
        lessons.setVisible(false);
        reason.setLabel(getTranslation("attendance.report.reason"));
        reason.setId("ilmoitus-syy");
        reason.setItems(AbsenceReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("attendance.reason." + r.name()));
        note.setLabel(getTranslation("attendance.report.note"));
        note.setId("ilmoitus-lisatieto");
        note.setMaxLength(500);
        send.setText(getTranslation("attendance.report.send"));
        send.setId("ilmoitus-laheta");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fields = Map.of("firstDay", firstDay, "lastDay", lastDay, "lessons", lessons, "reason", reason, "note", note);
        Runnable offerLessons = () -> {
            boolean chosen = Boolean.FALSE.equals(wholeDays.getValue());
            lessons.setVisible(chosen);
            LocalDate first = firstDay.getValue();
            LocalDate last = lastDay.getValue() == null ? first : lastDay.getValue();
            lessons.setItems(chosen && first != null && !last.isBefore(first) && !first.plusDays(31).isBefore(last)
                    ? lessonsOn.apply(first, last) : List.of());
        };
        wholeDays.addValueChangeListener(change -> offerLessons.run());
        firstDay.addValueChangeListener(change -> offerLessons.run());
        lastDay.addValueChangeListener(change -> offerLessons.run());
        send.addClickListener(click -> sent.accept(report()));
        add(wholeDays, firstDay, lastDay, lessons, reason, note, send);
    }

    void forStudent(UUID chosen) {
        student = chosen;
        lessons.setItems(List.of());
        firstDay.clear();
        lastDay.clear();
    }

    NewAbsenceReport report() {
        Set<UUID> chosen = Boolean.FALSE.equals(wholeDays.getValue())
                ? lessons.getValue().stream().map(Lesson::id).collect(java.util.stream.Collectors.toSet()) : Set.of();
        return new NewAbsenceReport(student, firstDay.getValue(), lastDay.getValue(), chosen, reason.getValue(),
                note.getValue());
    }

    /** @return whether the problem was shown on a field of the form */
    boolean showProblem(InvalidFieldException invalid) {
        return Texts.showOn(this, invalid, fields);
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        firstDay.clear();
        lastDay.clear();
        lessons.clear();
        reason.clear();
        note.clear();
    }
}
