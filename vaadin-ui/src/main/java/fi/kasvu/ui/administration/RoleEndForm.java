package fi.kasvu.ui.administration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.platform.people.RoleSummary;
import fi.kasvu.platform.school.InvalidFieldException;

/** Ending one of the chosen person's roles on a day (its last day). Fires an {@link EndEvent}. */
class RoleEndForm extends FormLayout {

    final Select<RoleSummary> role = new Select<>();
    final DatePicker lastDay = FinnishDates.picker(getTranslation("administration.last-day"), "role-end-date");
    final Button end = new Button(getTranslation("administration.role-end.button"));

    private final Map<String, HasValidation> fields = Map.of("role", role, "endDate", lastDay);

    RoleEndForm() {
        addClassName("kasvu-form");
        role.setId("role-to-end");
        role.setLabel(getTranslation("administration.members.role-column"));
        role.setItemLabelGenerator(RoleEndForm::label);
        lastDay.setHelperText(getTranslation("administration.role-end.help"));
        end.setId("role-end");
        end.addClickListener(click -> fireEvent(new EndEvent(this)));
        add(role, lastDay, end);
    }

    /** Offers the roles not ended yet; the form hides itself when there are none. */
    void show(List<RoleSummary> roles) {
        showProblem(null);
        List<RoleSummary> open = roles.stream().filter(r -> r.endDate() == null).toList();
        role.setItems(open);
        role.setValue(open.size() == 1 ? open.getFirst() : null);
        lastDay.clear();
        setVisible(!open.isEmpty());
    }

    static String label(RoleSummary role) {
        return role == null ? "" : PersonRoleNames.of(role.role())
                + (role.schoolName() == null ? "" : ", " + role.schoolName())
                + (role.beginDate() == null ? "" : ", " + com.vaadin.flow.i18n.I18NProvider.translate("administration.role-end.since", FinnishDates.format(role.beginDate())));
    }

    void showProblem(InvalidFieldException problem) {
        if (problem == null) {
            fields.values().forEach(field -> field.setInvalid(false));
        } else {
            FieldProblems.show(problem, fields);
        }
    }

    Registration addEndListener(ComponentEventListener<EndEvent> listener) {
        return addListener(EndEvent.class, listener);
    }

    /** End the chosen role on the chosen day. */
    static class EndEvent extends ComponentEvent<RoleEndForm> {

        EndEvent(RoleEndForm form) {
            super(form, false);
        }

        RoleSummary role() {
            return getSource().role.getValue();
        }

        LocalDate lastDay() {
            return getSource().lastDay.getValue();
        }
    }
}
