package fi.kasvu.ui.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantStatus;
import fi.kasvu.provisioning.onboarding.SignupStatus;
import fi.kasvu.provisioning.onboarding.TenantOperations;
import fi.kasvu.provisioning.onboarding.TenantOperations.AuditEntry;
import fi.kasvu.provisioning.onboarding.TenantOperations.TenantOverview;
import fi.kasvu.ui.security.CurrentUser;
import fi.kasvu.ui.security.SignedInUser;
import jakarta.annotation.security.RolesAllowed;

/** Every municipality, how its provisioning went, and what operators may do to it; below, what operators have done. */
@Route(value = "console", registerAtStartup = false)
@RolesAllowed("OPERATOR")
class ConsoleView extends Main implements com.vaadin.flow.router.HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm.ss", Locale.of("fi"))
            .withZone(ZoneId.of("Europe/Helsinki"));

    private final TenantOperations operations;
    private final String operator;
    private final Grid<TenantOverview> tenants = new Grid<>();
    private final Grid<AuditEntry> audit = new Grid<>();
    private final Grid<SignupStatus> unregistered = new Grid<>();

    ConsoleView(TenantOperations operations, CurrentUser currentUser) {
        this.operations = operations;
        SignedInUser user = currentUser.signedIn().orElseThrow();
        this.operator = user.username();
        addClassName("kasvu-content");
        tenants.setId("kunnat");
        tenants.addColumn(overview -> overview.tenant().slug()).setHeader(getTranslation("console.address")).setAutoWidth(true);
        tenants.addColumn(overview -> overview.tenant().displayName()).setHeader(getTranslation("console.municipality")).setAutoWidth(true);
        tenants.addColumn(overview -> overview.tenant().status()).setHeader(getTranslation("console.state"));
        tenants.addColumn(overview -> overview.tenant().cluster()).setHeader(getTranslation("console.database"));
        tenants.addColumn(overview -> overview.tenant().schemaVersion()).setHeader(getTranslation("console.schema"));
        tenants.addComponentColumn(ConsoleView::steps).setHeader(getTranslation("console.steps")).setFlexGrow(2);
        tenants.addComponentColumn(this::actions).setHeader(getTranslation("console.actions")).setAutoWidth(true);
        unregistered.setId("keskeneraiset");
        unregistered.addColumn(SignupStatus::slug).setHeader(getTranslation("console.address")).setAutoWidth(true);
        unregistered.addColumn(SignupStatus::municipality).setHeader(getTranslation("console.municipality")).setAutoWidth(true);
        unregistered.addColumn(SignupStatus::status).setHeader(getTranslation("console.state"));
        unregistered.addComponentColumn(signup -> stepList(signup)).setHeader(getTranslation("console.steps")).setFlexGrow(2);
        unregistered.addComponentColumn(this::signupActions).setHeader(getTranslation("console.actions")).setAutoWidth(true);
        unregistered.setAllRowsVisible(true);
        audit.setId("yllapidon-loki");
        audit.addColumn(entry -> WHEN.format(entry.at())).setHeader(getTranslation("console.time")).setAutoWidth(true);
        audit.addColumn(AuditEntry::operator).setHeader(getTranslation("console.operator"));
        audit.addColumn(AuditEntry::action).setHeader(getTranslation("console.action"));
        audit.addColumn(AuditEntry::tenant).setHeader(getTranslation("console.municipality"));
        audit.addColumn(AuditEntry::detail).setHeader(getTranslation("console.detail"));
        var signOut = new Button(getTranslation("console.sign-out"), click -> currentUser.signOut());
        add(new fi.kasvu.ui.i18n.LanguageChoice(), new H1(getTranslation("console.title")),
                new Paragraph(getTranslation("console.signed-in", user.name(), operator)), signOut,
                new H2(getTranslation("console.municipalities")), tenants,
                new H2(getTranslation("console.unregistered")), unregistered,
                new H2(getTranslation("console.audit")), audit);
        refresh();
    }

    private void refresh() {
        tenants.setItems(operations.overview());
        unregistered.setItems(operations.unregisteredSignups());
        audit.setItems(operations.audit(50));
    }

    private static Component steps(TenantOverview overview) {
        return overview.signup().map(ConsoleView::stepList)
                .orElseGet(() -> new UnorderedList(new ListItem(com.vaadin.flow.i18n.I18NProvider.translate("console.not-signed-up"))));
    }

    private static Component stepList(SignupStatus signup) {
        var list = new UnorderedList();
        signup.steps().forEach(step -> list.add(new ListItem(
                step.step() + ": " + step.state()
                        + step.took().map(took -> String.format(Locale.ROOT, " (%.2f s)", took.toMillis() / 1000.0)).orElse("")
                        + (step.error() == null ? "" : " – " + step.error()))));
        return list;
    }

    private Component signupActions(SignupStatus signup) {
        TenantId tenant = TenantId.of(signup.slug());
        var retry = action(getTranslation("console.retry"), tenant, signup.status().equals("FAILED"),
                getTranslation("console.retry.consequence"), () -> operations.retry(operator, tenant));
        var delete = action(getTranslation("console.delete"), tenant, true,
                getTranslation("console.delete-signup.consequence"),
                () -> operations.delete(operator, tenant));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(retry, delete);
    }

    private Component actions(TenantOverview overview) {
        TenantId tenant = overview.tenant().tenantId();
        TenantStatus status = overview.tenant().status();
        boolean failed = overview.signup().map(signup -> signup.status().equals("FAILED")).orElse(false);
        var retry = action(getTranslation("console.retry"), tenant, failed,
                getTranslation("console.retry.consequence"), () -> operations.retry(operator, tenant));
        var suspend = action(getTranslation("console.suspend"), tenant, status == TenantStatus.ACTIVE,
                getTranslation("console.suspend.consequence"),
                () -> operations.suspend(operator, tenant, "keskeytetty ylläpidon konsolista"));
        var resume = action(getTranslation("console.resume"), tenant, status == TenantStatus.SUSPENDED,
                getTranslation("console.resume.consequence"), () -> operations.resume(operator, tenant));
        var delete = action(getTranslation("console.delete"), tenant, status != TenantStatus.DELETING,
                getTranslation("console.delete.consequence"),
                () -> operations.delete(operator, tenant));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(retry, suspend, resume, delete);
    }

    private Button action(String label, TenantId tenant, boolean enabled, String consequence, Runnable work) {
        var button = new Button(label, click -> {
            var dialog = new ConfirmDialog(label + ": " + tenant.slug() + "?", consequence, label,
                    confirmed -> run(label, tenant, work));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("common.cancel"));
            dialog.open();
        });
        button.setEnabled(enabled);
        button.setAriaLabel(getTranslation("console.action.label", label, tenant.slug()));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void run(String label, TenantId tenant, Runnable work) {
        try {
            work.run();
            Notification.show(getTranslation("console.done", label, tenant.slug()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            Notification.show(getTranslation("console.failed", label, tenant.slug(), e.getMessage()), 10_000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title");
    }
}
