package fi.kasvu.ui.signup;

import java.util.UUID;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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
@AnonymousAllowed
class SignupView extends Main implements com.vaadin.flow.router.HasDynamicTitle {

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
        add(new fi.kasvu.ui.i18n.LanguageChoice(), new H1(getTranslation("signup.title")),
                new Paragraph(getTranslation("signup.intro")), form, progress);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title");
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
