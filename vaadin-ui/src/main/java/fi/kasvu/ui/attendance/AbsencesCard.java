package fi.kasvu.ui.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.platform.attendance.AttendanceRecords;
import fi.kasvu.platform.attendance.AttendanceTotals;
import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.attendance.StudentName;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;

/**
 * A student's absences this term, for the student and their guardian: hours away, of them unexplained, and the way to
 * report, explain and apply for leave.
 */
@org.springframework.stereotype.Component
class AbsencesCard implements PortalCard {

    private final AttendanceRecords records;
    private final Clock clock;

    AbsencesCard(AttendanceRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        if (!viewer.hasRole("guardian") && !viewer.hasRole("student")) {
            return Optional.empty();
        }
        Optional<AttendanceRecords.Term> term = records.termOn(LocalDate.now(clock));
        List<StudentName> students = records.reportableStudents(viewer.actor());
        if (students.isEmpty() && viewer.hasRole("student")) {
            students = viewer.person().map(id -> List.of(new StudentName(id, ""))).orElse(List.of());
        }
        if (term.isEmpty() || students.isEmpty()) {
            return Optional.empty();
        }
        var card = new CardSection("poissaolot-kortti", "attendance.card.absences", term.get().title());
        for (StudentName student : students) {
            AttendanceTotals totals = records.termTotals(viewer.actor(), student.id(), term.get().id());
            var line = new Paragraph(card.getTranslation("attendance.card.absences-line", student.name(),
                    hours(totals.absentHours()), hours(totals.of(MarkKind.ABSENT_UNEXPLAINED).hours())));
            line.setId("poissaolot-" + student.id());
            card.add(line);
        }
        card.add(new Anchor(AbsencesView.ROUTE, card.getTranslation("attendance.card.report")));
        return Optional.of(card);
    }

    private static String hours(double hours) {
        return String.format(Locale.ROOT, "%.1f", hours);
    }
}
