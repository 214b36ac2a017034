package fi.kasvu.ui.assessment;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.kasvu.platform.assessment.GradeBook;
import fi.kasvu.platform.assessment.GradeEntry;
import fi.kasvu.platform.assessment.GradeKind;
import fi.kasvu.platform.assessment.GradeRow;
import fi.kasvu.platform.assessment.GradeSheet;
import fi.kasvu.platform.assessment.GroupChoice;
import fi.kasvu.platform.assessment.RowRefusedException;
import fi.kasvu.platform.assessment.TermChoice;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.Subject;

/**
 * Term and year grades of one subject for the whole group: a teaching group's own subject, or any subject for a
 * homeroom class (a class teacher grades many); the fields in order for the keyboard, saved all or nothing.
 */
class GradesSection extends Section {

    private final transient GradeBook grades;
    private final transient Actor actor;
    private final GroupChoice group;
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final Select<GradeKind> kind = new Select<>();
    private final Select<TermChoice> term = new Select<>();
    private final Div sheet = new Div();
    private final Div status = new Div();

    GradesSection(Actor actor, GradeBook grades, ClassDirectory classes, GroupChoice group) {
        this.actor = actor;
        this.grades = grades;
        this.group = group;
        var heading = new H2(getTranslation("assessment.grades"));
        heading.setId("arvosanat-otsikko");
        getElement().setAttribute("aria-labelledby", "arvosanat-otsikko");
        subject.setLabel(getTranslation("assessment.subject"));
        subject.setId("arvosana-aine");
        List<Subject> subjects = classes.subjects();
        subject.setItems(subjects);
        subject.setItemLabelGenerator(s -> s.nameFi() + " (" + s.code() + ")");
        subjects.stream().filter(s -> s.code().equals(group.subjectCode())).findFirst().ifPresent(own -> {
            subject.setValue(own);
            subject.setReadOnly(true);
        });
        kind.setLabel(getTranslation("assessment.kind"));
        kind.setId("arvosana-laji");
        kind.setItems(GradeKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("assessment.kind." + k.name()));
        kind.setValue(GradeKind.TERM);
        term.setLabel(getTranslation("assessment.term"));
        term.setId("arvosana-lukukausi");
        List<TermChoice> terms = grades.termsOf(actor, group.id());
        term.setItems(terms);
        term.setItemLabelGenerator(TermChoice::title);
        if (!terms.isEmpty()) {
            term.setValue(terms.getFirst());
        }
        kind.addValueChangeListener(e -> term.setVisible(e.getValue() == GradeKind.TERM));
        var show = new Button(getTranslation("assessment.showGrades"), click -> show());
        show.setId("arvosanat-nayta");
        var choose = new HorizontalLayout(subject, kind, term, show);
        choose.setAlignItems(FlexComponent.Alignment.BASELINE);
        status.setId("arvosanat-tila");
        status.getElement().setAttribute("role", "status");
        add(heading, choose, status, sheet);
    }

    private void show() {
        sheet.removeAll();
        status.setText("");
        if (subject.getValue() == null) {
            status.setText(getTranslation("assessment.chooseSubject"));
            return;
        }
        List<GradeRow> rows;
        try {
            rows = grades.gradesOfGroup(actor, group.id(), subject.getValue().code(), kind.getValue(), termId());
        } catch (InvalidFieldException e) {
            status.setText(Problems.of(this, e));
            return;
        }
        var fields = new ArrayList<GradeFields>();
        for (GradeRow row : rows) {
            var next = new GradeFields(row, fields.size(), getTranslation("assessment.optional"));
            if (!fields.isEmpty()) {
                GradeFields previous = fields.getLast();
                previous.value.addKeyDownListener(Key.ENTER, e -> next.value.focus());
            }
            fields.add(next);
            sheet.add(next.layout);
        }
        var save = new Button(getTranslation("assessment.saveGrades"), click -> save(fields));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("arvosanat-tallenna");
        sheet.add(save);
    }

    private void save(List<GradeFields> fields) {
        fields.forEach(f -> f.value.setInvalid(false));
        try {
            int saved = grades.recordGrades(actor, new GradeSheet(group.id(), subject.getValue().code(), kind.getValue(),
                    termId(), fields.stream().map(GradeFields::entry).toList()));
            status.setText(getTranslation("assessment.gradesSaved", saved));
        } catch (RowRefusedException e) {
            GradeFields refused = fields.get(e.row());
            refused.value.setErrorMessage(Problems.of(this, e));
            refused.value.setInvalid(true);
            refused.value.focus();
            status.setText(getTranslation("assessment.nothingSaved"));
        } catch (InvalidFieldException e) {
            status.setText(Problems.of(this, e));
        }
    }

    private java.util.UUID termId() {
        return kind.getValue() == GradeKind.TERM && term.getValue() != null ? term.getValue().id() : null;
    }

    /** A student's grade field and whether the subject is an optional study of theirs. */
    private static final class GradeFields {

        final GradeRow row;
        final TextField value;
        final Checkbox optional;
        final HorizontalLayout layout;

        GradeFields(GradeRow row, int index, String optionalLabel) {
            this.row = row;
            value = new TextField(row.studentName());
            value.setValue(row.score() == null ? "" : row.score().display());
            value.setId("arvosana-" + index);
            value.setWidth("20em");
            optional = new Checkbox(optionalLabel, row.optional());
            optional.setId("valinnainen-" + index);
            layout = new HorizontalLayout(value, optional);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        }

        GradeEntry entry() {
            return new GradeEntry(row.studentId(), value.getValue(), optional.getValue());
        }
    }
}
