package fi.kasvu.ui.integration;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.oneroster.rest.IntegrationApp;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.integration.InvalidAppException;
import fi.kasvu.provisioning.integration.RegisteredApp;
import fi.kasvu.provisioning.integration.ThirdPartyApps;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import fi.kasvu.ui.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The municipality's third-party apps: registering one (its secret shown once) and revoking one. */
@Route(value = AppsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PageTitle("Sovellukset")
@RolesAllowed("CITY_ADMIN")
class AppsView extends Div {

    static final String ROUTE = "hallinta/sovellukset";

    private static final Logger log = LoggerFactory.getLogger(AppsView.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy").withZone(ZoneId.of("Europe/Helsinki"));

    private final ThirdPartyApps apps;
    private final TenantId tenant;
    private final String admin;
    private final AppForm form = new AppForm();
    private final Grid<IntegrationApp> grid = new Grid<>();
    private final Div secret = new Div();
    private final Paragraph status = new Paragraph();

    AppsView(ThirdPartyApps apps, TenantContext tenants, CurrentUser currentUser) {
        this.apps = apps;
        this.tenant = tenants.require();
        this.admin = currentUser.signedIn().map(SignedInUser::username).orElse("city admin");
        grid.setId("sovellukset");
        grid.addColumn(IntegrationApp::name).setHeader("Nimi").setAutoWidth(true);
        grid.addColumn(IntegrationApp::clientId).setHeader("Asiakastunnus (client_id)").setAutoWidth(true);
        grid.addColumn(app -> app.scopes().stream().map(ScopeNames::of).collect(Collectors.joining("; ")))
                .setHeader("Oikeudet").setFlexGrow(2);
        grid.addColumn(IntegrationApp::requestsPerMinute).setHeader("Pyyntöä / min");
        grid.addColumn(app -> app.revokedAt().map(at -> "Peruttu " + DAY.format(at))
                .orElse("Käytössä " + DAY.format(app.createdAt()) + " alkaen")).setHeader("Tila");
        grid.addComponentColumn(this::revokeButton).setHeader("");
        grid.setAllRowsVisible(true);
        secret.setId("app-secret");
        status.setId("app-status");
        status.getElement().setAttribute("role", "status");
        form.addSubmitListener(submit -> register(submit));
        add(new Anchor("hallinta/ulkoasu", "Kunnan hallinta"), new H1("Sovellukset"),
                new Paragraph("Oppimisalustat ja muut sovellukset lukevat kunnan koulut, luokat, oppilaat ja opettajat "
                        + "OneRoster 1.2 -rajapinnasta omalla tunnuksellaan. Anna kullekin vain tarvitsemansa oikeudet."),
                grid, new H2("Rekisteröi uusi sovellus"), form, status, secret);
        refresh();
    }

    private void register(AppForm.SubmitEvent submit) {
        RegisteredApp registered;
        try {
            registered = apps.register(tenant, submit.registration(), admin);
        } catch (InvalidAppException invalid) {
            form.showProblems(invalid.problems());
            return;
        } catch (RuntimeException failed) {
            log.warn("registering an app of '{}' failed: {}", tenant.slug(), failed.getMessage());
            status.setClassName("kasvu-problem");
            status.setText("Sovellusta ei voitu rekisteröidä juuri nyt. Yritä hetken kuluttua uudelleen.");
            return;
        }
        form.clear();
        status.setClassName("kasvu-status");
        status.setText("Sovellus " + registered.app().name() + " rekisteröitiin. Anna alla olevat tiedot sen "
                + "toimittajalle turvallista kanavaa pitkin: salaisuutta ei näytetä uudelleen.");
        secret.removeAll();
        secret.add(new Pre("client_id:     " + registered.app().clientId() + "\nclient_secret: "
                + registered.clientSecret() + "\ntoken URL:     " + registered.tokenEndpoint()
                + "\nOneRoster:     /ims/oneroster/rostering/v1p2"));
        refresh();
    }

    private Button revokeButton(IntegrationApp app) {
        var revoke = new Button("Peru käyttöoikeus", click -> {
            apps.revoke(tenant, app.id(), admin);
            secret.removeAll();
            status.setClassName("kasvu-status");
            status.setText("Sovelluksen " + app.name() + " käyttöoikeus peruttiin.");
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setVisible(app.active());
        return revoke;
    }

    private void refresh() {
        grid.setItems(apps.apps(tenant));
    }
}
