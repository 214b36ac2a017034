package fi.kasvu.ui.signup;

import java.util.Locale;

import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fi.kasvu.provisioning.onboarding.ProvisioningStep;
import fi.kasvu.provisioning.onboarding.SignupStatus;

/** The steps of a municipality's provisioning as they run, read out by screen readers as they change. */
class SignupProgress extends Section {

    private static final String HEADING = "edistyminen-otsikko";

    private static final java.util.Set<String> STATES = java.util.Set.of("PENDING", "RUNNING", "DONE", "FAILED");

    private final OrderedList steps = new OrderedList();
    private final Paragraph outcome = new Paragraph();
    private final Anchor portal = new Anchor();

    SignupProgress() {
        setId("signup-progress");
        var heading = new H2(getTranslation("signup.progress"));
        heading.setId(HEADING);
        getElement().setAttribute("aria-labelledby", HEADING);
        steps.addClassName("kasvu-steps");
        outcome.setId("signup-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        portal.setId("signup-portal-link");
        portal.setVisible(false);
        add(heading, steps, outcome, portal);
    }

    void show(SignupStatus status) {
        steps.removeAll();
        for (SignupStatus.Step step : status.steps()) {
            var item = new ListItem(getTranslation("signup.step." + step.step().name().toLowerCase(Locale.ROOT)) + ": "
                    + (STATES.contains(step.state())
                        ? getTranslation("signup.state." + step.state().toLowerCase(Locale.ROOT)) : step.state())
                    + (step.error() == null ? "" : " (" + step.error() + ")"));
            item.getElement().setAttribute("data-state", step.state());
            steps.add(item);
        }
        switch (status.status()) {
            case "ACTIVE" -> {
                outcome.setText(getTranslation("signup.ready", status.municipality()));
                portal.setHref(status.portalUrl().toString());
                portal.setText(getTranslation("signup.go", status.portalUrl().toString()));
                portal.setVisible(true);
            }
            case "FAILED" -> outcome.setText(getTranslation("signup.failed"));
            default -> outcome.setText(getTranslation("signup.running"));
        }
    }
}
