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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Kasvun ylläpito")
@RolesAllowed("OPERATOR")
class ConsoleView extends Main {

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
        tenants.addColumn(overview -> overview.tenant().slug()).setHeader("Osoite").setAutoWidth(true);
        tenants.addColumn(overview -> overview.tenant().displayName()).setHeader("Kunta").setAutoWidth(true);
        tenants.addColumn(overview -> overview.tenant().status()).setHeader("Tila");
        tenants.addColumn(overview -> overview.tenant().cluster()).setHeader("Tietokanta");
        tenants.addColumn(overview -> overview.tenant().schemaVersion()).setHeader("Skeeman versio");
        tenants.addComponentColumn(ConsoleView::steps).setHeader("Käyttöönoton vaiheet").setFlexGrow(2);
        tenants.addComponentColumn(this::actions).setHeader("Toiminnot").setAutoWidth(true);
        unregistered.setId("keskeneraiset");
        unregistered.addColumn(SignupStatus::slug).setHeader("Osoite").setAutoWidth(true);
        unregistered.addColumn(SignupStatus::municipality).setHeader("Kunta").setAutoWidth(true);
        unregistered.addColumn(SignupStatus::status).setHeader("Tila");
        unregistered.addComponentColumn(signup -> stepList(signup)).setHeader("Käyttöönoton vaiheet").setFlexGrow(2);
        unregistered.addComponentColumn(this::signupActions).setHeader("Toiminnot").setAutoWidth(true);
        unregistered.setAllRowsVisible(true);
        audit.setId("yllapidon-loki");
        audit.addColumn(entry -> WHEN.format(entry.at())).setHeader("Aika").setAutoWidth(true);
        audit.addColumn(AuditEntry::operator).setHeader("Ylläpitäjä");
        audit.addColumn(AuditEntry::action).setHeader("Toiminto");
        audit.addColumn(AuditEntry::tenant).setHeader("Kunta");
        audit.addColumn(AuditEntry::detail).setHeader("Lisätiedot");
        var signOut = new Button("Kirjaudu ulos", click -> currentUser.signOut());
        add(new H1("Kasvun ylläpito"), new Paragraph("Kirjautuneena: " + user.name() + " (" + operator + ")"), signOut,
                new H2("Kunnat"), tenants,
                new H2("Rekisteröitymiset, jotka keskeytyivät ennen kunnan luontia"), unregistered,
                new H2("Ylläpidon loki"), audit);
        refresh();
    }

    private void refresh() {
        tenants.setItems(operations.overview());
        unregistered.setItems(operations.unregisteredSignups());
        audit.setItems(operations.audit(50));
    }

    private static Component steps(TenantOverview overview) {
        return overview.signup().map(ConsoleView::stepList)
                .orElseGet(() -> new UnorderedList(new ListItem("ei rekisteröitynyt itse")));
    }

    private static Component stepList(SignupStatus signup) {
        var list = new UnorderedList();
        signup.steps().forEach(step -> list.add(new ListItem(
                step.step() + ": " + step.state() + (step.error() == null ? "" : " – " + step.error()))));
        return list;
    }

    private Component signupActions(SignupStatus signup) {
        TenantId tenant = TenantId.of(signup.slug());
        var retry = action("Yritä uudelleen", tenant, signup.status().equals("FAILED"),
                "Kunnan käyttöönottoa jatketaan epäonnistuneesta vaiheesta.", () -> operations.retry(operator, tenant));
        var delete = action("Poista", tenant, true,
                "Rekisteröityminen ja kaikki sille jo tehty poistetaan; osoite vapautuu.",
                () -> operations.delete(operator, tenant));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(retry, delete);
    }

    private Component actions(TenantOverview overview) {
        TenantId tenant = overview.tenant().tenantId();
        TenantStatus status = overview.tenant().status();
        boolean failed = overview.signup().map(signup -> signup.status().equals("FAILED")).orElse(false);
        var retry = action("Yritä uudelleen", tenant, failed,
                "Kunnan käyttöönottoa jatketaan epäonnistuneesta vaiheesta.", () -> operations.retry(operator, tenant));
        var suspend = action("Keskeytä", tenant, status == TenantStatus.ACTIVE,
                "Kunnan käyttäjät eivät pääse palveluun, ennen kuin palvelu palautetaan. Tiedot säilyvät.",
                () -> operations.suspend(operator, tenant, "keskeytetty ylläpidon konsolista"));
        var resume = action("Palauta", tenant, status == TenantStatus.SUSPENDED,
                "Kunnan käyttäjät pääsevät taas palveluun.", () -> operations.resume(operator, tenant));
        var delete = action("Poista", tenant, status != TenantStatus.DELETING,
                "Kunnan kaikki tiedot, kirjautumiset ja laskutustili poistetaan pysyvästi.",
                () -> operations.delete(operator, tenant));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(retry, suspend, resume, delete);
    }

    private Button action(String label, TenantId tenant, boolean enabled, String consequence, Runnable work) {
        var button = new Button(label, click -> {
            var dialog = new ConfirmDialog(label + ": " + tenant.slug() + "?", consequence, label,
                    confirmed -> run(label, tenant, work));
            dialog.setCancelable(true);
            dialog.setCancelText("Peruuta");
            dialog.open();
        });
        button.setEnabled(enabled);
        button.setAriaLabel(label + " kunta " + tenant.slug());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void run(String label, TenantId tenant, Runnable work) {
        try {
            work.run();
            Notification.show(label + ": " + tenant.slug() + " – tehty.")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuntimeException e) {
            Notification.show(label + ": " + tenant.slug() + " epäonnistui: " + e.getMessage(), 10_000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }
}
