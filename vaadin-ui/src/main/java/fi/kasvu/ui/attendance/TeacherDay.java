package fi.kasvu.ui.attendance;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;

/** A teacher's lessons on a day, each with the way to its marking; the day moves back and forth. */
class TeacherDay extends Div {

    private final LessonSchedule schedule;
    private final Actor actor;
    final DatePicker day = new DatePicker();
    final Button previous = new Button();
    final Button next = new Button();
    final Button today = new Button();
    final UnorderedList lessons = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private final LocalDate now;

    TeacherDay(LessonSchedule schedule, Actor actor, LocalDate shown, LocalDate now) {
        this.schedule = schedule;
        this.actor = actor;
        this.now = now;
        day.setLabel(getTranslation("attendance.day.date"));
        day.setId("paiva");
        previous.setText(getTranslation("attendance.day.previous"));
        previous.setId("edellinen-paiva");
        next.setText(getTranslation("attendance.day.next"));
        next.setId("seuraava-paiva");
        today.setText(getTranslation("attendance.day.today"));
        today.setId("tama-paiva");
        today.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> day.setValue(day.getValue().minusDays(1)));
        next.addClickListener(click -> day.setValue(day.getValue().plusDays(1)));
        today.addClickListener(click -> day.setValue(now));
        day.addValueChangeListener(change -> show(change.getValue() == null ? now : change.getValue()));
        var navigation = new Nav(previous, day, next, today);
        navigation.getElement().setAttribute("aria-label", getTranslation("attendance.day.navigation"));
        navigation.addClassName("kasvu-day-navigation");
        lessons.setId("paivan-tunnit");
        empty.setId("ei-tunteja");
        add(new H1(getTranslation("attendance.day.title")), navigation, lessons, empty);
        day.setValue(shown);
        show(shown);
    }

    void show(LocalDate shown) {
        List<Lesson> found = schedule.teacherDay(actor, shown);
        lessons.removeAll();
        found.forEach(lesson -> lessons.add(item(lesson)));
        empty.setText(found.isEmpty() ? getTranslation("attendance.day.none", Texts.weekday(this, shown),
                Texts.date(shown)) : "");
        empty.setVisible(found.isEmpty());
    }

    private ListItem item(Lesson lesson) {
        var what = new Span(Texts.time(lesson.start()) + "–" + Texts.time(lesson.end()) + " " + lesson.classTitle()
                + (lesson.subjectCode() == null ? "" : " " + lesson.subjectCode())
                + (lesson.room() == null ? "" : " (" + lesson.room() + ")"));
        var state = new Span(getTranslation(lesson.marked() ? "attendance.day.marked" : "attendance.day.unmarked"));
        state.addClassName(lesson.marked() ? "kasvu-status" : "kasvu-problem");
        var mark = new Anchor(LessonMarkingView.ROUTE + "/" + lesson.id(), getTranslation("attendance.day.mark"));
        mark.setId("merkitse-" + lesson.id());
        return new ListItem(what, new Span(" "), state, new Span(" "), mark);
    }
}
