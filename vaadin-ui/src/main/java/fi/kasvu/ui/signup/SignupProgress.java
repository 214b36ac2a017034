package fi.kasvu.ui.signup;

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

    static final Map<ProvisioningStep, String> STEPS = Map.of(
            ProvisioningStep.REGISTER_TENANT, "Kunnan rekisteröinti",
            ProvisioningStep.CREATE_SCHEMA, "Kunnan oman tietokannan luonti",
            ProvisioningStep.CREATE_REALM, "Kirjautumisen ja pääkäyttäjän luonti",
            ProvisioningStep.OPEN_BILLING, "Laskutuksen avaaminen",
            ProvisioningStep.ACTIVATE, "Portaalin avaaminen",
            ProvisioningStep.INVITE_ADMIN, "Kutsu pääkäyttäjälle");

    static final Map<String, String> STATES = Map.of(
            "PENDING", "odottaa", "RUNNING", "käynnissä", "DONE", "valmis", "FAILED", "epäonnistui");

    private final OrderedList steps = new OrderedList();
    private final Paragraph outcome = new Paragraph();
    private final Anchor portal = new Anchor();

    SignupProgress() {
        setId("signup-progress");
        var heading = new H2("Kuntasi Kasvua valmistellaan");
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
            var item = new ListItem(STEPS.getOrDefault(step.step(), step.step().name()) + ": "
                    + STATES.getOrDefault(step.state(), step.state())
                    + (step.error() == null ? "" : " (" + step.error() + ")"));
            item.getElement().setAttribute("data-state", step.state());
            steps.add(item);
        }
        switch (status.status()) {
            case "ACTIVE" -> {
                outcome.setText(status.municipality() + " on valmis. Pääkäyttäjä sai sähköpostiinsa kutsun: sen "
                        + "linkistä hän valitsee salasanan ja ottaa käyttöön kaksivaiheisen tunnistautumisen.");
                portal.setHref(status.portalUrl().toString());
                portal.setText("Siirry portaaliin: " + status.portalUrl());
                portal.setVisible(true);
            }
            case "FAILED" -> outcome.setText("Valmistelu keskeytyi. Kasvun ylläpito näkee virheen ja jatkaa "
                    + "valmistelua; sinun ei tarvitse rekisteröityä uudelleen.");
            default -> outcome.setText("Valmistelu on käynnissä.");
        }
    }
}
