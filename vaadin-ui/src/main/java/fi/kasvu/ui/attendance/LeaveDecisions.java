package fi.kasvu.ui.attendance;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import fi.kasvu.platform.attendance.LeaveApplication;
import fi.kasvu.platform.attendance.LeaveApplications;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;

/** The leave applications waiting for the signed-in teacher's or principal's decision, each to approve or reject. */
class LeaveDecisions extends Div {

    private final LeaveApplications leave;
    private final Actor actor;
    private final Div pending = new Div();
    final StatusLine status = new StatusLine("luvat-tila");
    final List<Decision> decisions = new ArrayList<>();

    /** One application's decision: its reason field and the two buttons. */
    record Decision(LeaveApplication application, TextField reason, Button approve, Button reject) {
    }

    LeaveDecisions(LeaveApplications leave, Actor actor) {
        this.leave = leave;
        this.actor = actor;
        pending.setId("odottavat-luvat");
        add(new H1(getTranslation("attendance.decisions.title")), status, pending);
        refresh();
    }

    void refresh() {
        pending.removeAll();
        decisions.clear();
        List<LeaveApplication> waiting = leave.toDecide(actor);
        if (waiting.isEmpty()) {
            pending.add(new Paragraph(getTranslation("attendance.decisions.none")));
        }
        waiting.forEach(application -> pending.add(section(application)));
    }

    private Section section(LeaveApplication application) {
        String id = "lupa-" + application.id();
        var heading = new H2(application.studentName() + ": " + Texts.date(application.firstDay()) + "–"
                + Texts.date(application.lastDay()));
        heading.setId(id + "-otsikko");
        var reason = new TextField(getTranslation("attendance.decisions.reason"));
        reason.setId(id + "-perustelu");
        reason.setMaxLength(500);
        var approve = new Button(getTranslation("attendance.decisions.approve"));
        approve.setId(id + "-myonna");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var reject = new Button(getTranslation("attendance.decisions.reject"));
        reject.setId(id + "-hylkaa");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.addClickListener(click -> decide(application, true, reason));
        reject.addClickListener(click -> decide(application, false, reason));
        decisions.add(new Decision(application, reason, approve, reject));
        var section = new Section(heading, new Paragraph(getTranslation("attendance.decisions.details",
                application.schoolDays(), application.reason(),
                getTranslation("attendance.decider." + application.decider().name()))), reason, approve, reject);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private void decide(LeaveApplication application, boolean approve, TextField reason) {
        try {
            leave.decide(actor, application.id(), approve, reason.getValue());
            status.done(getTranslation(approve ? "attendance.decisions.approved" : "attendance.decisions.rejected",
                    application.studentName()));
            refresh();
        } catch (InvalidFieldException invalid) {
            if ("reason".equals(invalid.field())) {
                reason.setErrorMessage(Texts.problem(this, invalid));
                reason.setInvalid(true);
            }
            status.refused(invalid);
        } catch (RuntimeException refused) {
            status.refused(refused);
        }
    }
}
