package fi.kasvu.ui.assessment;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.assessment.Assessments;
import fi.kasvu.platform.assessment.GradeBook;
import fi.kasvu.platform.assessment.GroupChoice;
import fi.kasvu.platform.assessment.YearReports;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;

/**
 * The teacher's grading page: choose a group, then its assessments and results, its term and year grades, and for a
 * homeroom class the year reports. A principal sees every group of their school.
 */
@Route(value = GradingView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"TEACHER", "PRINCIPAL", "CITY_ADMIN"})
class GradingView extends Div implements HasDynamicTitle {

    static final String ROUTE = "arviointi";

    private final Div content = new Div();

    GradingView(CurrentUser users, Assessments assessments, GradeBook grades, YearReports reports,
                ClassDirectory classes) {
        Actor actor = users.signedIn().orElseThrow(() -> new IllegalStateException("grading needs a signed-in user"))
                .actor();
        var group = new ComboBox<GroupChoice>(getTranslation("assessment.group"));
        group.setId("arviointi-ryhma");
        group.setItems(assessments.groupsFor(actor));
        group.setItemLabelGenerator(choice -> choice.title() + " – " + choice.schoolName());
        group.setWidth("24em");
        content.setId("arviointi-sisalto");
        group.addValueChangeListener(event -> {
            content.removeAll();
            GroupChoice chosen = event.getValue();
            if (chosen == null) {
                return;
            }
            content.add(new AssessmentsSection(actor, assessments, chosen),
                    new GradesSection(actor, grades, classes, chosen));
            if (chosen.homeroom()) {
                content.add(new YearReportSection(actor, reports, assessments, chosen));
            }
        });
        var intro = new Paragraph(getTranslation("assessment.intro"));
        add(new H1(getTranslation("assessment.title")), intro, group, content);
        if (group.getListDataView().getItemCount() == 0) {
            add(new Paragraph(getTranslation("assessment.noGroups")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assessment.title");
    }
}
