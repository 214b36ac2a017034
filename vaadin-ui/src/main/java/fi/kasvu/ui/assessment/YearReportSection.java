package fi.kasvu.ui.assessment;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import fi.kasvu.platform.assessment.Assessments;
import fi.kasvu.platform.assessment.GroupChoice;
import fi.kasvu.platform.assessment.GroupStudent;
import fi.kasvu.platform.assessment.YearReports;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;

/**
 * Year reports of a homeroom class as PDF: the whole class (a page per student) or one student. The report is made
 * first, so a missing grade is told here, naming the student and subject; only a finished PDF is offered to download.
 */
class YearReportSection extends Section {

    private final Div download = new Div();
    private final Div status = new Div();
    /** The PDF last made, which the link offers. */
    byte[] made;

    YearReportSection(Actor actor, YearReports reports, Assessments assessments, GroupChoice group) {
        var heading = new H2(getTranslation("assessment.reports"));
        heading.setId("todistukset-otsikko");
        getElement().setAttribute("aria-labelledby", "todistukset-otsikko");
        var wholeClass = new Button(getTranslation("assessment.reportsOfClass", group.title()),
                click -> offer(() -> reports.classPdf(actor, group.id()), "lukuvuositodistukset-" + group.title()));
        wholeClass.setId("todistukset-luokka");
        var student = new ComboBox<GroupStudent>(getTranslation("assessment.student"));
        student.setId("todistus-oppilas");
        student.setItems(assessments.studentsOf(actor, group.id()));
        student.setItemLabelGenerator(GroupStudent::name);
        var one = new Button(getTranslation("assessment.reportOfStudent"), click -> {
            if (student.getValue() != null) {
                offer(() -> reports.studentPdf(actor, group.id(), student.getValue().id()),
                        "lukuvuositodistus-" + student.getValue().name());
            }
        });
        one.setId("todistus-oppilaan");
        var row = new HorizontalLayout(wholeClass, student, one);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        status.setId("todistukset-tila");
        status.getElement().setAttribute("role", "status");
        download.setId("todistukset-lataus");
        add(heading, row, status, download);
    }

    private void offer(java.util.function.Supplier<byte[]> making, String name) {
        download.removeAll();
        try {
            byte[] pdf = making.get();
            String file = name.replaceAll("[^\\p{L}\\p{N}-]+", "_") + ".pdf";
            made = pdf;
            var link = new Anchor();
            link.setText(getTranslation("assessment.download", file));
            link.setId("todistukset-lataa");
            // the download is registered with the session once the link is on the page
            link.addAttachListener(attached -> link.setHref((DownloadHandler) event -> {
                event.setFileName(file);
                event.setContentType("application/pdf");
                new ByteArrayInputStream(pdf).transferTo(event.getOutputStream());
            }));
            download.add(link);
            status.setText(getTranslation("assessment.reportReady"));
        } catch (InvalidFieldException e) {
            status.setText(getTranslation("assessment.reportRefused") + " " + Problems.of(this, e));
        }
    }
}
