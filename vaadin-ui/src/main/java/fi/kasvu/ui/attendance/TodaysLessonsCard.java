package fi.kasvu.ui.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kasvu.platform.attendance.AttendanceRecords;
import fi.kasvu.platform.attendance.StudentName;
import fi.kasvu.platform.lessons.Lesson;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;

/**
 * Today's lessons on the home page: a teacher's own, each with the way to mark it; a student's own, and a guardian's
 * children's (the chosen child's when there is one).
 */
@org.springframework.stereotype.Component
class TodaysLessonsCard implements PortalCard {

    private final LessonSchedule schedule;
    private final AttendanceRecords records;
    private final Clock clock;

    TodaysLessonsCard(LessonSchedule schedule, AttendanceRecords records, Clock clock) {
        this.schedule = schedule;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        LocalDate today = LocalDate.now(clock);
        if (viewer.hasRole("teacher") || viewer.hasRole("special-needs-teacher")) {
            var card = new CardSection("tanaan-opetan", "attendance.card.teaching");
            List<Lesson> lessons = schedule.teacherDay(viewer.actor(), today);
            var list = new UnorderedList();
            lessons.forEach(lesson -> {
                var mark = new Anchor(LessonMarkingView.ROUTE + "/" + lesson.id(), card.getTranslation(
                        lesson.marked() ? "attendance.day.marked" : "attendance.day.mark"));
                list.add(new ListItem(new Span(describe(lesson) + " "), mark));
            });
            card.add(lessons.isEmpty() ? new Paragraph(card.getTranslation("attendance.card.no-lessons")) : list,
                    new Anchor(TeacherDayView.ROUTE, card.getTranslation("attendance.card.my-day")));
            return Optional.of(card);
        }
        List<StudentName> students = viewer.student().map(id -> List.of(new StudentName(id, "")))
                .orElseGet(() -> viewer.hasRole("guardian") || viewer.hasRole("student")
                        ? records.reportableStudents(viewer.actor()) : List.of());
        if (students.isEmpty() && viewer.hasRole("student")) {
            students = viewer.person().map(id -> List.of(new StudentName(id, ""))).orElse(List.of());
        }
        if (students.isEmpty()) {
            return Optional.empty();
        }
        var card = new CardSection("tanaan-tunnit", "attendance.card.today");
        for (StudentName student : students) {
            List<Lesson> lessons = schedule.studentLessons(viewer.actor(), student.id(), today, today);
            if (!student.name().isEmpty()) {
                card.add(new Paragraph(student.name()));
            }
            var list = new UnorderedList();
            lessons.forEach(lesson -> list.add(new ListItem(describe(lesson))));
            card.add(lessons.isEmpty() ? new Paragraph(card.getTranslation("attendance.card.no-lessons")) : list);
        }
        return Optional.of(card);
    }

    private static String describe(Lesson lesson) {
        return Texts.time(lesson.start()) + "–" + Texts.time(lesson.end()) + " " + lesson.classTitle()
                + (lesson.subjectCode() == null ? "" : " " + lesson.subjectCode())
                + (lesson.room() == null ? "" : " (" + lesson.room() + ")");
    }
}
