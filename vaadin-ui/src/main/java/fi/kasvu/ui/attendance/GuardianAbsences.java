package fi.kasvu.ui.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import fi.kasvu.platform.attendance.AbsenceReason;
import fi.kasvu.platform.attendance.AbsenceReporting;
import fi.kasvu.platform.attendance.AttendanceRecords;
import fi.kasvu.platform.attendance.AttendanceTotals;
import fi.kasvu.platform.attendance.LeaveApplication;
import fi.kasvu.platform.attendance.LeaveApplications;
import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.attendance.StudentMark;
import fi.kasvu.platform.attendance.StudentName;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.LessonSchedule;
import fi.kasvu.platform.school.InvalidFieldException;

/**
 * A guardian's (or an adult student's) page of absences: choose the child; this term's absences with the unexplained
 * ones to explain; a report ahead of time for lessons or whole days; a leave application and the answers to earlier ones.
 */
class GuardianAbsences extends Div {

    private final AttendanceRecords records;
    private final LeaveApplications leave;
    private final AbsenceReporting reporting;
    private final Actor actor;
    private final LocalDate today;
    final Select<StudentName> child = new Select<>();
    final Paragraph totals = new Paragraph();
    final UnorderedList absences = new UnorderedList();
    final CheckboxGroup<StudentMark> unexplained = new CheckboxGroup<>();
    final RadioButtonGroup<AbsenceReason> explainReason = new RadioButtonGroup<>();
    final Button explain = new Button();
    final ReportForm report;
    final LeaveForm leaveForm;
    final UnorderedList applications = new UnorderedList();
    final StatusLine status = new StatusLine("poissaolot-tila");

    GuardianAbsences(AttendanceRecords records, LessonSchedule schedule, AbsenceReporting reporting,
                     LeaveApplications leave, Actor actor, LocalDate today) {
        this.records = records;
        this.leave = leave;
        this.actor = actor;
        this.today = today;
        this.reporting = reporting;
        report = new ReportForm((first, last) -> child.getValue() == null ? List.of()
                : schedule.studentLessons(actor, child.getValue().id(), first, last), this::sendReport);
        leaveForm = new LeaveForm(this::apply);
        child.setLabel(getTranslation("attendance.absences.child"));
        child.setId("lapsi");
        child.setItemLabelGenerator(StudentName::name);
        List<StudentName> children = records.reportableStudents(actor);
        child.setItems(children);
        totals.setId("poissaolot-yhteensa");
        absences.setId("poissaolot-lista");
        unexplained.setLabel(getTranslation("attendance.explain.choose"));
        unexplained.setId("selvitettavat");
        unexplained.setItemLabelGenerator(this::describe);
        explainReason.setLabel(getTranslation("attendance.report.reason"));
        explainReason.setId("selvitys-syy");
        explainReason.setItems(AbsenceReason.values());
        explainReason.setItemLabelGenerator(r -> getTranslation("attendance.reason." + r.name()));
        explain.setText(getTranslation("attendance.explain.send"));
        explain.setId("selvitys-laheta");
        explain.addClickListener(click -> {
            try {
                int explained = reporting.explainAbsences(actor, child.getValue() == null ? null : child.getValue().id(),
                        unexplained.getValue().stream().map(StudentMark::lessonId).collect(Collectors.toSet()),
                        explainReason.getValue(), null);
                status.done(getTranslation("attendance.explain.done", explained));
                refresh();
            } catch (RuntimeException refused) {
                status.refused(refused);
            }
        });
        applications.setId("lupahakemukset");
        add(new H1(getTranslation("attendance.absences.title")), status);
        if (children.isEmpty()) {
            add(new Paragraph(getTranslation("attendance.absences.no-children")));
            return;
        }
        add(child, section("poissaolot-otsikko", "attendance.absences.term", totals, absences, unexplained,
                        explainReason, explain),
                section("ilmoitus-otsikko", "attendance.report.title", new Paragraph(getTranslation(
                        "attendance.report.help")), report),
                section("lupa-otsikko", "attendance.leave.title", new Paragraph(getTranslation("attendance.leave.help",
                        leave.teacherDecidesUpTo())), leaveForm, applications));
        child.addValueChangeListener(change -> refresh());
        child.setValue(children.getFirst());
    }

    private void sendReport(fi.kasvu.platform.attendance.NewAbsenceReport sent) {
        try {
            reporting.reportAbsence(actor, sent);
            report.clear();
            status.done(getTranslation("attendance.report.sent"));
        } catch (InvalidFieldException invalid) {
            report.showProblem(invalid);
            status.refused(invalid);
        } catch (RuntimeException refused) {
            status.refused(refused);
        }
    }

    private void apply(fi.kasvu.platform.attendance.NewLeaveApplication sent) {
        try {
            LeaveApplication applied = leave.apply(actor, sent);
            leaveForm.clear();
            status.done(getTranslation("attendance.leave.sent." + applied.decider().name(), applied.schoolDays()));
            refresh();
        } catch (InvalidFieldException invalid) {
            leaveForm.showProblem(invalid);
            status.refused(invalid);
        } catch (RuntimeException refused) {
            status.refused(refused);
        }
    }

    private Section section(String id, String heading, com.vaadin.flow.component.Component... content) {
        var title = new H2(getTranslation(heading));
        title.setId(id);
        var section = new Section(title);
        section.getElement().setAttribute("aria-labelledby", id);
        section.add(content);
        return section;
    }

    void refresh() {
        StudentName chosen = child.getValue();
        if (chosen == null) {
            return;
        }
        report.forStudent(chosen.id());
        leaveForm.forStudent(chosen.id());
        Optional<AttendanceRecords.Term> term = records.termOn(today);
        LocalDate from = term.map(AttendanceRecords.Term::startDate).orElse(today.minusMonths(6));
        List<StudentMark> marks = records.absences(actor, chosen.id(), from, today);
        absences.removeAll();
        marks.forEach(mark -> absences.add(new ListItem(describe(mark))));
        unexplained.setItems(marks.stream().filter(mark -> mark.kind() == MarkKind.ABSENT_UNEXPLAINED).toList());
        boolean anyUnexplained = marks.stream().anyMatch(mark -> mark.kind() == MarkKind.ABSENT_UNEXPLAINED);
        unexplained.setVisible(anyUnexplained);
        explainReason.setVisible(anyUnexplained);
        explain.setVisible(anyUnexplained);
        totals.setText(term.map(t -> {
            AttendanceTotals sums = records.termTotals(actor, chosen.id(), t.id());
            return getTranslation("attendance.absences.totals", t.title(), sums.lessons(), format(sums.absentHours()),
                    format(sums.of(MarkKind.ABSENT_UNEXPLAINED).hours()));
        }).orElse(getTranslation("attendance.absences.no-term")));
        applications.removeAll();
        leave.applicationsOf(actor, chosen.id()).forEach(application -> applications.add(new ListItem(
                Texts.date(application.firstDay()) + "–" + Texts.date(application.lastDay()) + ": "
                        + getTranslation("attendance.leave.state." + application.state().name())
                        + (application.decisionReason() == null ? "" : " (" + application.decisionReason() + ")"))));
    }

    private String describe(StudentMark mark) {
        return Texts.weekday(this, mark.day()) + " " + Texts.date(mark.day()) + " " + Texts.time(mark.start()) + " "
                + mark.classTitle() + (mark.subjectCode() == null ? "" : " " + mark.subjectCode()) + ": "
                + Texts.mark(this, mark.kind());
    }

    private static String format(double hours) {
        return String.format(java.util.Locale.ROOT, "%.1f", hours);
    }
}
