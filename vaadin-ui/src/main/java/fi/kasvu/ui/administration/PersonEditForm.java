package fi.kasvu.ui.administration;

import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.platform.people.PersonChange;
import fi.kasvu.platform.school.InvalidFieldException;

/** The chosen person's names, email and phone, to change. Fires a {@link SaveEvent}. */
class PersonEditForm extends FormLayout {

    final TextField givenName = new TextField(getTranslation("administration.person.given-names"));
    final TextField familyName = new TextField(getTranslation("administration.people.family-name"));
    final TextField preferredGivenName = new TextField(getTranslation("administration.person.preferred"));
    final EmailField email = new EmailField(getTranslation("administration.staff.email"));
    final TextField phone = new TextField(getTranslation("administration.person.phone"));
    final Button save = new Button(getTranslation("administration.person.save"));

    private final Map<String, HasValidation> fields = Map.of("givenName", givenName, "familyName", familyName,
            "preferredGivenName", preferredGivenName, "email", email, "phone", phone);

    PersonEditForm() {
        addClassName("kasvu-form");
        givenName.setId("edit-given-name");
        familyName.setId("edit-family-name");
        givenName.setRequiredIndicatorVisible(true);
        familyName.setRequiredIndicatorVisible(true);
        preferredGivenName.setId("edit-preferred-given-name");
        preferredGivenName.setHelperText(getTranslation("administration.person.preferred.help"));
        email.setId("edit-email");
        phone.setId("edit-phone");
        phone.getElement().setAttribute("autocomplete", "tel");
        save.setId("person-save");
        save.addClickListener(click -> fireEvent(new SaveEvent(this)));
        add(givenName, familyName, preferredGivenName, email, phone, save);
    }

    void edit(PersonChange person) {
        showProblem(null);
        givenName.setValue(orEmpty(person.givenName()));
        familyName.setValue(orEmpty(person.familyName()));
        preferredGivenName.setValue(orEmpty(person.preferredGivenName()));
        email.setValue(orEmpty(person.email()));
        phone.setValue(orEmpty(person.phone()));
    }

    PersonChange change() {
        return new PersonChange(givenName.getValue(), familyName.getValue(), preferredGivenName.getValue(),
                email.getValue(), phone.getValue());
    }

    void showProblem(InvalidFieldException problem) {
        if (problem == null) {
            fields.values().forEach(field -> field.setInvalid(false));
        } else {
            FieldProblems.show(problem, fields);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Save the changes the form holds. */
    static class SaveEvent extends ComponentEvent<PersonEditForm> {

        SaveEvent(PersonEditForm form) {
            super(form, false);
        }

        PersonChange change() {
            return getSource().change();
        }
    }
}
