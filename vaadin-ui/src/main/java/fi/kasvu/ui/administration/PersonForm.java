package fi.kasvu.ui.administration;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.platform.people.NewPerson;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolSummary;

/** A new pupil, guardian or member of staff with their first role at a school. Fires an {@link AddEvent}. */
class PersonForm extends FormLayout {

    final TextField givenName = new TextField(getTranslation("administration.people.given-name"));
    final TextField familyName = new TextField(getTranslation("administration.people.family-name"));
    final EmailField email = new EmailField(getTranslation("administration.staff.email"));
    final DatePicker birthDate = FinnishDates.picker(getTranslation("administration.people.birth-date"), "person-birth-date");
    final TextField identityCode = new TextField(getTranslation("administration.people.identity-code"));
    final Select<Role> role = new Select<>();
    final Select<SchoolSummary> school = new Select<>();
    final Button add = new Button(getTranslation("administration.person.add"));

    private final Map<String, HasValidation> fields = Map.of("givenName", givenName, "familyName", familyName,
            "email", email, "birthDate", birthDate, "identityCode", identityCode, "role", role, "school", school);

    PersonForm(List<SchoolSummary> schools) {
        addClassName("kasvu-form");
        givenName.setId("person-given-name");
        familyName.setId("person-family-name");
        givenName.setRequiredIndicatorVisible(true);
        familyName.setRequiredIndicatorVisible(true);
        email.setId("person-email");
        identityCode.setId("person-identity-code");
        identityCode.setHelperText(getTranslation("administration.person.identity-code.help"));
        identityCode.setMaxLength(11);
        identityCode.getElement().setAttribute("autocomplete", "off");
        birthDate.setHelperText(getTranslation("administration.person.birth-date.help"));
        role.setId("person-role");
        role.setLabel(getTranslation("administration.members.role-column"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(PersonRoleNames::of);
        role.setValue(Role.STUDENT);
        school.setId("person-school");
        school.setLabel(getTranslation("administration.schools.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(SchoolSummary::name);
        if (schools.size() == 1) {
            school.setValue(schools.getFirst());
        }
        add.setId("person-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> fireEvent(new AddEvent(this)));
        add(givenName, familyName, email, birthDate, identityCode, role, school, add);
    }

    NewPerson newPerson() {
        return new NewPerson(givenName.getValue(), familyName.getValue(), email.getValue(), birthDate.getValue(),
                identityCode.getValue(), role.getValue(), school.getValue() == null ? null : school.getValue().id());
    }

    void showProblem(InvalidFieldException problem) {
        if (problem == null) {
            fields.values().forEach(field -> field.setInvalid(false));
        } else {
            FieldProblems.show(problem, fields);
        }
    }

    void clear() {
        givenName.clear();
        familyName.clear();
        email.clear();
        birthDate.clear();
        identityCode.clear();
        showProblem(null);
    }

    Registration addAddListener(ComponentEventListener<AddEvent> listener) {
        return addListener(AddEvent.class, listener);
    }

    /** Add the person the form holds. */
    static class AddEvent extends ComponentEvent<PersonForm> {

        AddEvent(PersonForm form) {
            super(form, false);
        }

        NewPerson newPerson() {
            return getSource().newPerson();
        }
    }
}
