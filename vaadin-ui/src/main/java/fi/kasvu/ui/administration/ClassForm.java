package fi.kasvu.ui.administration;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.platform.school.AcademicSessionSummary;
import fi.kasvu.platform.school.ClassType;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.NewClass;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.platform.school.Subject;

/** A new class (luokka) or teaching group (opetusryhmä). Fires an {@link AddEvent}; shows what was refused. */
class ClassForm extends FormLayout {

    final Select<SchoolSummary> school = new Select<>();
    final Select<AcademicSessionSummary> year = new Select<>();
    final TextField title = new TextField(getTranslation("administration.name"));
    final Select<ClassType> type = new Select<>();
    final ComboBox<Subject> subject = new ComboBox<>(getTranslation("administration.class.subject"));
    final Button add = new Button(getTranslation("administration.class.add"));

    private final Map<String, HasValidation> fields = Map.of("school", school, "schoolYear", year, "title", title,
            "type", type, "subjectCode", subject, "grade", title, "terms", year);

    ClassForm(List<SchoolSummary> schools, List<AcademicSessionSummary> years, List<Subject> subjects) {
        addClassName("kasvu-form");
        school.setId("class-school");
        school.setLabel(getTranslation("administration.schools.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(SchoolSummary::name);
        year.setId("class-year");
        year.setLabel(getTranslation("administration.years.type.year"));
        year.setItems(years);
        year.setItemLabelGenerator(AcademicSessionSummary::title);
        title.setId("class-title");
        title.setHelperText(getTranslation("administration.class.title.help"));
        type.setId("class-type");
        type.setLabel(getTranslation("administration.class.type"));
        type.setItems(ClassType.values());
        type.setItemLabelGenerator(ClassTypeNames::of);
        type.setValue(ClassType.HOMEROOM);
        subject.setId("class-subject");
        subject.setItems(subjects);
        subject.setItemLabelGenerator(s -> s.code() + " " + s.nameFi());
        subject.setHelperText(getTranslation("administration.class.subject.help"));
        subject.setEnabled(false);
        type.addValueChangeListener(change -> subject.setEnabled(change.getValue() == ClassType.TEACHING_GROUP));
        add.setId("class-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> fireEvent(new AddEvent(this)));
        if (schools.size() == 1) {
            school.setValue(schools.getFirst());
        }
        if (!years.isEmpty()) {
            year.setValue(years.getFirst());
        }
        add(school, year, title, type, subject, this.add);
    }

    NewClass newClass() {
        return new NewClass(school.getValue() == null ? null : school.getValue().id(),
                year.getValue() == null ? null : year.getValue().id(), title.getValue(), type.getValue(), Set.of(), null,
                subject.getValue() == null ? null : subject.getValue().code());
    }

    void showProblem(InvalidFieldException problem) {
        if (problem == null) {
            fields.values().forEach(field -> field.setInvalid(false));
        } else {
            FieldProblems.show(problem, fields);
        }
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    /** Add the class the form holds. */
    static class AddEvent extends ComponentEvent<ClassForm> {

        AddEvent(ClassForm form) {
            super(form, false);
        }

        NewClass newClass() {
            return getSource().newClass();
        }
    }
}
