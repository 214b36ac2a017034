package fi.kasvu.ui.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.platform.attendance.AttendanceRecords;
import fi.kasvu.platform.attendance.SchoolDay;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;

/** "The school at a glance" for a principal: today's lessons marked, students absent, leave applications waiting. */
@org.springframework.stereotype.Component
class SchoolGlanceCard implements PortalCard {

    private final AttendanceRecords records;
    private final Clock clock;

    SchoolGlanceCard(AttendanceRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        if (!viewer.hasRole("principal")) {
            return Optional.empty();
        }
        List<SchoolDay> days = records.schoolDays(viewer.actor(), LocalDate.now(clock));
        if (days.isEmpty()) {
            return Optional.empty();
        }
        var card = new CardSection("koulu-tanaan", "attendance.card.school");
        for (SchoolDay day : days) {
            var line = new Paragraph(card.getTranslation("attendance.card.school-line", day.schoolName(),
                    day.lessonsMarked(), day.lessons(), day.studentsAbsent(), day.pendingLeaveApplications()));
            line.setId("koulu-" + day.schoolId());
            card.add(line);
        }
        card.add(new Anchor(LeaveDecisionsView.ROUTE, card.getTranslation("attendance.card.decide")));
        return Optional.of(card);
    }
}
