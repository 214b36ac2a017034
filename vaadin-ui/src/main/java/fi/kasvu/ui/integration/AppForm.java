package fi.kasvu.ui.integration;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.provisioning.integration.AppRegistration;
import fi.kasvu.provisioning.integration.InvalidAppException.FieldProblem;
import fi.kasvu.provisioning.integration.OneRosterScope;
import fi.kasvu.provisioning.integration.ThirdPartyApps;

/** The app to register: it collects, fires a {@link SubmitEvent} and shows the problems it is given by their fields. */
class AppForm extends FormLayout {

    final TextField name = new TextField();
    final CheckboxGroup<OneRosterScope> scopes = new CheckboxGroup<>();
    final IntegerField requestsPerMinute = new IntegerField();
    final Button submit = new Button();

    private final Map<String, HasValidation> fields = Map.of("name", name, "scopes", scopes,
            "requestsPerMinute", requestsPerMinute);

    AppForm() {
        addClassName("kasvu-form");
        name.setLabel(getTranslation("integration.form.name"));
        scopes.setLabel(getTranslation("integration.form.scopes"));
        requestsPerMinute.setLabel(getTranslation("integration.form.rate"));
        submit.setText(getTranslation("integration.form.submit"));
        name.setId("app-name");
        scopes.setId("app-scopes");
        scopes.setItems(OneRosterScope.values());
        scopes.setItemLabelGenerator(ScopeNames::of);
        requestsPerMinute.setId("app-rate");
        requestsPerMinute.setValue(ThirdPartyApps.DEFAULT_REQUESTS_PER_MINUTE);
        requestsPerMinute.setMin(1);
        requestsPerMinute.setHelperText(getTranslation("integration.form.rate.help"));
        submit.setId("app-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this)));
        setColspan(scopes, 2);
        add(name, requestsPerMinute, scopes, submit);
    }

    AppRegistration registration() {
        return new AppRegistration(name.getValue(), scopes.getSelectedItems(), requestsPerMinute.getValue());
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
        scopes.clear();
        requestsPerMinute.setValue(ThirdPartyApps.DEFAULT_REQUESTS_PER_MINUTE);
        showProblems(List.of());
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The city admin wants the app registered. */
    static class SubmitEvent extends ComponentEvent<AppForm> {

        SubmitEvent(AppForm form) {
            super(form, false);
        }

        AppRegistration registration() {
            return getSource().registration();
        }
    }
}
