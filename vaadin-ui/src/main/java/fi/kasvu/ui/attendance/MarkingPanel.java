package fi.kasvu.ui.attendance;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.platform.attendance.AttendanceMarking;
import fi.kasvu.platform.attendance.LessonMarked;
import fi.kasvu.platform.attendance.RollCall;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.Lesson;

/** A lesson's marking: what the lesson is, its class list ({@link MarkingSheet}) and one Save for the whole lesson. */
class MarkingPanel extends Div {

    final MarkingSheet sheet;
    final Button save = new Button();
    final StatusLine status = new StatusLine("merkinta-tila");

    MarkingPanel(AttendanceMarking marking, Actor actor, UUID lessonId) {
        RollCall roll = marking.rollCall(actor, lessonId);
        Lesson lesson = roll.lesson();
        sheet = new MarkingSheet(roll);
        save.setText(getTranslation("common.save"));
        save.setId("merkinta-tallenna");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                LessonMarked marked = marking.markLesson(actor, lessonId, sheet.chosen());
                long away = marked.marks().values().stream().filter(kind -> kind.isAbsence()).count();
                status.done(getTranslation("attendance.marking.saved", marked.marks().size(), away));
            } catch (RuntimeException refused) {
                status.refused(refused);
            }
        });
        var back = new Anchor(TeacherDayView.ROUTE + "?paiva=" + lesson.day(), getTranslation("attendance.day.back"));
        add(back, new H1(getTranslation("attendance.marking.title", lesson.classTitle(), Texts.date(lesson.day()),
                        Texts.time(lesson.start()), Texts.time(lesson.end()))),
                new Paragraph(getTranslation("attendance.marking.help")), sheet, save, status);
        if (lesson.marked()) {
            status.done(getTranslation("attendance.marking.already"));
        }
    }
}
