package fi.kasvu.ui.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.kasvu.platform.assessment.AssessmentSummary;
import fi.kasvu.platform.assessment.Assessments;
import fi.kasvu.platform.assessment.GroupChoice;
import fi.kasvu.platform.assessment.NewAssessment;
import fi.kasvu.platform.assessment.ResultEntry;
import fi.kasvu.platform.assessment.ResultRow;
import fi.kasvu.platform.assessment.RowRefusedException;
import fi.kasvu.platform.assessment.Scale;
import fi.kasvu.platform.school.InvalidFieldException;

/**
 * A group's assessments: the list, adding one, and the results of the chosen one as a column of fields that the
 * keyboard walks (Tab to the comment, Enter to the next student's score), saved all at once.
 */
class AssessmentsSection extends Section {

    private final transient Assessments assessments;
    private final transient fi.kasvu.platform.audit.Actor actor;
    private final GroupChoice group;
    private final Grid<AssessmentSummary> list = new Grid<>();
    private final Div results = new Div();
    private final Div status = new Div();

    AssessmentsSection(fi.kasvu.platform.audit.Actor actor, Assessments assessments, GroupChoice group) {
        this.actor = actor;
        this.assessments = assessments;
        this.group = group;
        var heading = new H2(getTranslation("assessment.assessments"));
        heading.setId("arvioinnit-otsikko");
        getElement().setAttribute("aria-labelledby", "arvioinnit-otsikko");
        list.setId("arvioinnit");
        list.addColumn(AssessmentSummary::date).setHeader(getTranslation("assessment.date")).setAutoWidth(true);
        list.addColumn(AssessmentSummary::title).setHeader(getTranslation("assessment.name"));
        list.addColumn(a -> a.scale().label()).setHeader(getTranslation("assessment.scale")).setAutoWidth(true);
        list.addColumn(AssessmentSummary::results).setHeader(getTranslation("assessment.resultCount")).setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.addSelectionListener(event -> event.getFirstSelectedItem().ifPresentOrElse(this::showResults,
                results::removeAll));
        status.setId("arvioinnit-tila");
        status.getElement().setAttribute("role", "status");
        add(heading, addForm(), list, status, results);
        refresh();
    }

    private HorizontalLayout addForm() {
        var title = new TextField(getTranslation("assessment.name"));
        title.setId("arviointi-nimi");
        var date = new DatePicker(getTranslation("assessment.date"), LocalDate.now());
        date.setId("arviointi-pvm");
        var scale = new Select<Scale>();
        scale.setLabel(getTranslation("assessment.scale"));
        scale.setItems(Scale.values());
        scale.setItemLabelGenerator(s -> getTranslation("assessment.scale." + s.name()));
        scale.setValue(Scale.MARKS);
        scale.setId("arviointi-asteikko");
        var add = new Button(getTranslation("assessment.add"), click -> {
            title.setInvalid(false);
            date.setInvalid(false);
            try {
                AssessmentSummary added = assessments.addAssessment(actor, new NewAssessment(group.id(),
                        title.getValue(), date.getValue(), scale.getValue(), null, null));
                title.clear();
                refresh();
                list.select(added);
                status.setText(getTranslation("assessment.added", added.title()));
            } catch (InvalidFieldException e) {
                var field = "date".equals(e.field()) ? date : title;
                if (field instanceof TextField text) {
                    text.setErrorMessage(Problems.of(this, e));
                    text.setInvalid(true);
                } else {
                    date.setErrorMessage(Problems.of(this, e));
                    date.setInvalid(true);
                }
            }
        });
        add.setId("arviointi-lisaa");
        var form = new HorizontalLayout(title, date, scale, add);
        form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return form;
    }

    private void refresh() {
        list.setItems(assessments.assessmentsOf(actor, group.id()));
    }

    private void showResults(AssessmentSummary assessment) {
        results.removeAll();
        var heading = new H3(getTranslation("assessment.resultsOf", assessment.title()));
        heading.setId("tulokset-otsikko");
        results.add(heading);
        var rows = new ArrayList<ResultFields>();
        for (ResultRow row : assessments.results(actor, assessment.id())) {
            var fields = new ResultFields(row, rows.size(), getTranslation("assessment.score"),
                    getTranslation("assessment.comment"));
            if (!rows.isEmpty()) {
                ResultFields previous = rows.getLast();
                previous.score.addKeyDownListener(Key.ENTER, e -> fields.score.focus());
            }
            rows.add(fields);
            results.add(fields.layout);
        }
        var save = new Button(getTranslation("assessment.saveResults"), click -> save(assessment, rows));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("tulokset-tallenna");
        results.add(save);
        if (!rows.isEmpty()) {
            rows.getFirst().score.focus();
        }
    }

    private void save(AssessmentSummary assessment, List<ResultFields> rows) {
        rows.forEach(ResultFields::clearError);
        try {
            int saved = assessments.recordResults(actor, assessment.id(), rows.stream().map(ResultFields::entry).toList());
            status.setText(getTranslation("assessment.resultsSaved", saved));
            refresh();
        } catch (RowRefusedException e) {
            rows.get(e.row()).showError(e.field(), Problems.of(this, e));
            status.setText(getTranslation("assessment.nothingSaved"));
        }
    }

    /** A student's row: the score and comment fields, labelled with the student's name. */
    private static final class ResultFields {

        final ResultRow row;
        final TextField score;
        final TextField comment;
        final HorizontalLayout layout;

        ResultFields(ResultRow row, int index, String scoreLabel, String commentLabel) {
            this.row = row;
            score = new TextField(row.studentName());
            score.setValue(row.scoreText());
            score.setId("tulos-" + index);
            score.setWidth("8em");
            score.getElement().setAttribute("aria-label", row.studentName() + ": " + scoreLabel);
            comment = new TextField(commentLabel);
            comment.setValue(row.comment() == null ? "" : row.comment());
            comment.setId("kommentti-" + index);
            comment.setWidth("24em");
            layout = new HorizontalLayout(score, comment);
        }

        ResultEntry entry() {
            return new ResultEntry(row.studentId(), score.getValue(), comment.getValue());
        }

        void clearError() {
            score.setInvalid(false);
            comment.setInvalid(false);
        }

        void showError(String field, String message) {
            TextField target = "comment".equals(field) ? comment : score;
            target.setErrorMessage(message);
            target.setInvalid(true);
            target.focus();
        }
    }
}
