package fi.kasvu.ui.administration;

import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.school.SchoolLanguage;
import fi.kasvu.platform.school.SchoolSummary;

/**
 * A school's name, kind and language of instruction, for a new school or the chosen one. Fires a {@link SaveEvent};
 * shows what was refused. The language is read-only unless the city admin edits ({@link #languageEditable}).
 */
class SchoolForm extends FormLayout {

    final TextField name = new TextField(getTranslation("administration.school.name"));
    // radio buttons rather than a select: Vaadin's select puts aria-required on its button, which ARIA does not allow
    final RadioButtonGroup<SchoolKind> kind = new RadioButtonGroup<>();
    final RadioButtonGroup<SchoolLanguage> language = new RadioButtonGroup<>();
    final Button save = new Button(getTranslation("administration.school.add"));

    private SchoolSummary editing;

    SchoolForm() {
        addClassName("kasvu-form");
        name.setId("school-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        kind.setId("school-kind");
        kind.setLabel(getTranslation("administration.schools.kind"));
        kind.setItems(SchoolKind.values());
        kind.setItemLabelGenerator(SchoolKindNames::of);
        kind.setRequiredIndicatorVisible(true);
        language.setId("school-language");
        language.setLabel(getTranslation("administration.schools.language"));
        language.setHelperText(getTranslation("administration.schools.language-help"));
        language.setItems(SchoolLanguage.values());
        language.setItemLabelGenerator(SchoolLanguageNames::of);
        language.setRequiredIndicatorVisible(true);
        language.setValue(SchoolLanguage.FINNISH);
        save.setId("school-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent(this)));
        add(name, kind, language, save);
    }

    /** Only a city admin changes a school's language; a principal sees it. */
    void languageEditable(boolean editable) {
        language.setReadOnly(!editable);
    }

    void edit(SchoolSummary school) {
        editing = school;
        name.setValue(school == null ? "" : school.name());
        kind.setValue(school == null ? null : school.kind());
        language.setValue(school == null ? SchoolLanguage.FINNISH : school.language());
        save.setText(getTranslation(school == null ? "administration.school.add" : "administration.save-changes"));
        showProblem(null);
    }

    SchoolSummary editing() {
        return editing;
    }

    void showProblem(InvalidFieldException problem) {
        Map<String, HasValidation> fields = Map.of("name", name, "kind", kind, "language", language);
        if (problem == null) {
            fields.values().forEach(field -> field.setInvalid(false));
        } else {
            FieldProblems.show(problem, fields);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Save the school: a new one, or {@link #editing()}. */
    static class SaveEvent extends ComponentEvent<SchoolForm> {

        SaveEvent(SchoolForm form) {
            super(form, false);
        }
    }
}
