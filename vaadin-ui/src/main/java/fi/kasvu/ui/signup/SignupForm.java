package fi.kasvu.ui.signup;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.billing.Plan;
import fi.kasvu.provisioning.onboarding.InvalidSignupException.FieldProblem;
import fi.kasvu.provisioning.onboarding.SignupRequest;

/**
 * What a municipality fills in to join. The short name of its address is suggested from its name as the name is
 * typed, until the person edits the short name themselves. The form only collects: it fires a {@link SubmitEvent}
 * and shows the problems it is given next to their fields.
 */
class SignupForm extends FormLayout {

    final TextField municipality = new TextField();
    final TextField businessId = new TextField();
    final TextField slug = new TextField();
    final TextField adminName = new TextField();
    final EmailField adminEmail = new EmailField();
    final IntegerField students = new IntegerField();
    final Select<Plan> plan = new Select<>();
    final Button submit = new Button();
    final Paragraph formProblem = new Paragraph();

    private final Function<TenantId, URI> portalUrl;
    private final Map<String, HasValidation> fields = Map.of("municipality", municipality, "businessId", businessId,
            "slug", slug, "adminName", adminName, "adminEmail", adminEmail, "students", students, "plan", plan);

    SignupForm(List<Plan> plans, Function<TenantId, URI> portalUrl) {
        this.portalUrl = portalUrl;
        addClassName("kasvu-form");
        municipality.setLabel(getTranslation("signup.municipality"));
        businessId.setLabel(getTranslation("signup.business-id"));
        slug.setLabel(getTranslation("signup.slug"));
        adminName.setLabel(getTranslation("signup.admin-name"));
        adminEmail.setLabel(getTranslation("signup.admin-email"));
        students.setLabel(getTranslation("signup.students"));
        submit.setText(getTranslation("signup.submit"));
        fields.forEach((name, field) -> ((Component) field).setId(name));
        municipality.setRequired(true);
        municipality.setValueChangeMode(ValueChangeMode.EAGER);
        municipality.addValueChangeListener(change -> {
            if (!slugEditedByHand(change.getOldValue())) {
                slug.setValue(TenantId.suggestFor(change.getValue()));
            }
        });
        businessId.setHelperText(getTranslation("signup.business-id.help"));
        slug.setValueChangeMode(ValueChangeMode.EAGER);
        slug.addValueChangeListener(change -> showAddress(change.getValue()));
        adminName.setHelperText(getTranslation("signup.admin-name.help"));
        students.setMin(1);
        students.setStepButtonsVisible(false);
        plan.setLabel(getTranslation("signup.plan"));
        plan.setItems(plans);
        plan.setItemLabelGenerator(this::describe);
        plans.stream().filter(Plan::isDefault).findFirst().ifPresent(plan::setValue);
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this)));
        formProblem.setId("signup-problem");
        formProblem.getElement().setAttribute("role", "alert");
        add(municipality, businessId, slug, adminName, adminEmail, students, plan, formProblem, submit);
    }

    SignupRequest request() {
        return new SignupRequest(municipality.getValue(), businessId.getValue(), slug.getValue(), adminName.getValue(),
                adminEmail.getValue(), students.getValue(), plan.getValue() == null ? null : plan.getValue().code());
    }

    /** Each problem next to its field; a problem of no field above the button. */
    void showProblems(List<FieldProblem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        formProblem.setText("");
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                formProblem.setText(problem.message());
            } else {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** The short name was typed by hand when it is no longer what the previous name suggested. */
    private boolean slugEditedByHand(String previousName) {
        String current = slug.getValue();
        return !current.isEmpty() && !current.equals(TenantId.suggestFor(previousName));
    }

    private void showAddress(String value) {
        slug.setHelperText(TenantId.isValid(value)
                ? getTranslation("signup.slug.address", portalUrl.apply(TenantId.of(value)).toString())
                : getTranslation("signup.slug.help"));
    }

    private String describe(Plan plan) {
        String price = String.format(getLocale(), "%.2f", plan.pricePerStudentCents() / 100.0);
        String period = getTranslation("MONTH".equals(plan.billingPeriod()) ? "signup.plan.month" : "signup.plan.year");
        return getTranslation("signup.plan.price", plan.name(), price, plan.currency(), period);
    }

    /** The person asked to sign the municipality up with what the form holds. */
    static class SubmitEvent extends ComponentEvent<SignupForm> {
        SubmitEvent(SignupForm form) {
            super(form, false);
        }

        SignupRequest request() {
            return getSource().request();
        }
    }
}
