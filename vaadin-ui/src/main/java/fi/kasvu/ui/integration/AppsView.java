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
@RolesAllowed("CITY_ADMIN")
class AppsView extends Div implements com.vaadin.flow.router.HasDynamicTitle {

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
        grid.addColumn(IntegrationApp::name).setHeader(getTranslation("integration.column.name")).setAutoWidth(true);
        grid.addColumn(IntegrationApp::clientId).setHeader(getTranslation("integration.column.client")).setAutoWidth(true);
        grid.addColumn(app -> app.scopes().stream().map(ScopeNames::of).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("integration.column.scopes")).setFlexGrow(2);
        grid.addColumn(IntegrationApp::requestsPerMinute).setHeader(getTranslation("integration.column.rate"));
        grid.addColumn(app -> app.revokedAt().map(at -> getTranslation("integration.revoked", DAY.format(at)))
                .orElse(getTranslation("integration.active", DAY.format(app.createdAt()))))
                .setHeader(getTranslation("integration.column.state"));
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("integration.column.actions"));
        grid.setAllRowsVisible(true);
        secret.setId("app-secret");
        status.setId("app-status");
        status.getElement().setAttribute("role", "status");
        form.addSubmitListener(submit -> register(submit));
        add(new Anchor("hallinta/ulkoasu", getTranslation("integration.back")), new H1(getTranslation("integration.title")),
                new Paragraph(getTranslation("integration.intro")),
                grid, new H2(getTranslation("integration.new")), form, status, secret);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("integration.title");
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
            status.setText(getTranslation("integration.failed"));
            return;
        }
        form.clear();
        status.setClassName("kasvu-status");
        status.setText(getTranslation("integration.registered", registered.app().name()));
        secret.removeAll();
        secret.add(new Pre("client_id:     " + registered.app().clientId() + "\nclient_secret: "
                + registered.clientSecret() + "\ntoken URL:     " + registered.tokenEndpoint()
                + "\nOneRoster:     /ims/oneroster/rostering/v1p2"));
        refresh();
    }

    private Button revokeButton(IntegrationApp app) {
        var revoke = new Button(getTranslation("integration.revoke"), click -> {
            apps.revoke(tenant, app.id(), admin);
            secret.removeAll();
            status.setClassName("kasvu-status");
            status.setText(getTranslation("integration.revoked-now", app.name()));
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
