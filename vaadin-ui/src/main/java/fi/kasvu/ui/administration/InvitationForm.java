package fi.kasvu.ui.administration;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.provisioning.invitation.InvalidInvitationException.FieldProblem;
import fi.kasvu.provisioning.invitation.Invitation;
import fi.kasvu.ui.portal.RoleNames;

/**
 * Whom to invite and as what. The form only collects: it fires a {@link SubmitEvent} and shows the problems it is given
 * next to their fields.
 */
class InvitationForm extends FormLayout {

    final TextField name = new TextField(getTranslation("administration.invite.name"));
    final EmailField email = new EmailField(getTranslation("administration.invite.email"));
    final CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("administration.invite.roles"));
    final Button submit = new Button(getTranslation("administration.invite.submit"));

    private final Map<String, HasValidation> fields = Map.of("name", name, "email", email, "roles", roles);

    InvitationForm(List<String> offeredRoles) {
        addClassName("kasvu-form");
        name.setId("invite-name");
        email.setId("invite-email");
        email.setHelperText(getTranslation("administration.invite.email.help"));
        roles.setId("invite-roles");
        roles.setItems(offeredRoles);
        roles.setItemLabelGenerator(RoleNames::of);
        roles.setHelperText(getTranslation("administration.invite.roles.help"));
        submit.setId("invite-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this)));
        setColspan(roles, 2);
        add(name, email, roles, submit);
    }

    Invitation invitation() {
        return new Invitation(name.getValue(), email.getValue(), List.copyOf(roles.getSelectedItems()));
    }

    void showProblems(List<FieldProblem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        problems.forEach(problem -> {
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        });
    }

    void clear() {
        name.clear();
        email.clear();
        roles.clear();
        showProblems(List.of());
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The city admin wants the invitation sent. */
    static class SubmitEvent extends ComponentEvent<InvitationForm> {

        SubmitEvent(InvitationForm form) {
            super(form, false);
        }

        Invitation invitation() {
            return getSource().invitation();
        }
    }
}
