package fi.kasvu.ui.assessment;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kasvu.platform.assessment.Assessments;
import fi.kasvu.platform.assessment.GradeBook;
import fi.kasvu.platform.assessment.GradeRow;
import fi.kasvu.platform.assessment.StudentResult;
import fi.kasvu.ui.portal.PortalCard;
import fi.kasvu.ui.portal.PortalViewer;

/** The student's latest results and grades on the home page of the student and of their guardians. */
@org.springframework.stereotype.Component
class GradesCard implements PortalCard {

    static final int LATEST = 5;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy");

    private final Assessments assessments;
    private final GradeBook grades;

    GradesCard(Assessments assessments, GradeBook grades) {
        this.assessments = assessments;
        this.grades = grades;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Optional<Component> render(PortalViewer viewer) {
        if (viewer.student().isEmpty() || !(viewer.hasRole("student") || viewer.hasRole("guardian"))) {
            return Optional.empty();
        }
        List<StudentResult> results = assessments.resultsOf(viewer.actor(), viewer.student().get(), LATEST);
        List<GradeRow> given = grades.gradesOf(viewer.actor(), viewer.student().get());
        var card = new Section();
        var heading = new H2(card.getTranslation("assessment.card.title"));
        heading.setId("arvosanat-kortti-otsikko");
        card.setId("arvosanat-kortti");
        card.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        card.add(heading);
        if (results.isEmpty() && given.isEmpty()) {
            card.add(new Paragraph(card.getTranslation("assessment.card.none")));
            return Optional.of(card);
        }
        if (!results.isEmpty()) {
            var latest = new UnorderedList();
            latest.setId("arvosanat-kortti-tulokset");
            results.forEach(r -> latest.add(new ListItem(new Span(r.groupTitle() + ": " + r.assessmentTitle() + " – "),
                    score(r.score().display()), new Span(" (" + DAY.format(r.date()) + ")"))));
            card.add(new Paragraph(card.getTranslation("assessment.card.latest")), latest);
        }
        if (!given.isEmpty()) {
            var list = new UnorderedList();
            list.setId("arvosanat-kortti-arvosanat");
            given.stream().limit(12).forEach(g -> list.add(new ListItem(
                    new Span(g.subjectName() + ", " + g.sessionTitle() + ": "), score(g.score().display()))));
            card.add(new Paragraph(card.getTranslation("assessment.card.grades")), list);
        }
        return Optional.of(card);
    }

    private static Span score(String value) {
        var score = new Span(value);
        score.getStyle().set("font-weight", "600");
        return score;
    }
}
