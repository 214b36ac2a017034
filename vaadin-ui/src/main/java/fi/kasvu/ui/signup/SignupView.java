package fi.kasvu.ui.signup;

import java.util.UUID;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.provisioning.billing.Plans;
import fi.kasvu.provisioning.onboarding.InvalidSignupException;
import fi.kasvu.provisioning.onboarding.Onboarding;
import fi.kasvu.provisioning.onboarding.SignupRequest;
import fi.kasvu.provisioning.onboarding.SignupStatus;

/**
 * A municipality signs up here and watches its provisioning run. The page polls the sign-up's status once a second
 * (Kasvu runs without server push) until it is active or has failed.
 */
@Route(value = "signup", registerAtStartup = false)
@PageTitle("Rekisteröi kuntasi Kasvuun")
@AnonymousAllowed
class SignupView extends Main {

    static final int POLL_MILLIS = 1_000;

    private final Onboarding onboarding;
    private final SignupForm form;
    private final SignupProgress progress = new SignupProgress();
    private Registration polling;

    SignupView(Onboarding onboarding, Plans plans, TenancySettings tenancy) {
        this.onboarding = onboarding;
        this.form = new SignupForm(plans.available(), tenancy::portalUrl);
        addClassName("kasvu-content");
        form.addSubmitListener(submit -> signUp(submit.request()));
        progress.setVisible(false);
        add(new H1("Rekisteröi kuntasi Kasvuun"),
                new Paragraph("Täytä kunnan tiedot. Kunnan portaali, kirjautuminen ja laskutus valmistellaan heti, "
                        + "ja näet valmistelun etenemisen tällä sivulla."),
                form, progress);
    }

    private void signUp(SignupRequest request) {
        UUID signup;
        try {
            signup = onboarding.signUp(request);
        } catch (InvalidSignupException invalid) {
            form.showProblems(invalid.problems());
            return;
        }
        form.setVisible(false);
        progress.setVisible(true);
        show(onboarding.status(signup));
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> show(onboarding.status(signup)));
        });
    }

    private void show(SignupStatus status) {
        progress.show(status);
        if (status.isFinished()) {
            getUI().ifPresent(this::stopPolling);
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopPolling(detach.getUI());
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
