package fi.kasvu.provisioning.identity;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.demo.DemoPeople;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * The embedded default's sign-ins: with Kasvu's own PostgreSQL and its own Keycloak, the operators' realm and the
 * demo municipality's realm get a login each with a known password, printed with the addresses at start-up: the
 * operator, the city admin, and a teacher, a principal, a guardian and a student of {@link DemoPeople}, each linked to
 * their person so that their portal shows their own school day.
 * Keycloak starts while the rest of the application does.
 */
class DemoLogins {

    static final String OPERATOR_LOGIN = "operator@kasvu.localhost";
    static final String OPERATOR_PASSWORD = "kasvu-demo-operator";
    static final String CITY_ADMIN_PASSWORD = "kasvu-demo-city-admin";
    /** The portal users' passwords: this and their role ({@code kasvu-demo-guardian}). */
    static final String PEOPLE_PASSWORD_PREFIX = "kasvu-demo-";
    private static final Actor LINKER = Actor.system("demo logins");
    /** The municipality the platform's demo seeds (fi.kasvu.platform.demo.DemoMunicipality). */
    static final TenantId DEMO = TenantId.of("vantaa");

    private static final Logger log = LoggerFactory.getLogger(DemoLogins.class);

    private final ManagedKeycloak keycloak;
    private final TenantRealms realms;
    private final boolean embeddedDefault;
    private final TenantRegistry registry;
    private final TenancySettings tenancy;
    private final Environment environment;
    private final CompletableFuture<Void> started;
    private final PersonRegister people;
    private final TenantContext tenants;

    DemoLogins(ManagedKeycloak keycloak, TenantRealms realms, boolean embeddedDatabase, TenantRegistry registry,
               TenancySettings tenancy, Environment environment, PersonRegister people, TenantContext tenants) {
        this.people = people;
        this.tenants = tenants;
        this.keycloak = keycloak;
        this.realms = realms;
        this.embeddedDefault = embeddedDatabase;
        this.registry = registry;
        this.tenancy = tenancy;
        this.environment = environment;
        this.started = embeddedDefault ? keycloak.startInBackground() : CompletableFuture.completedFuture(null);
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        if (!embeddedDefault) {
            return;
        }
        try {
            started.join();
            var lines = new StringBuilder("the embedded default is ready:");
            realms.ensureOperatorRealm(applicationUrl(null), new FirstAdmin("Demo Operator", OPERATOR_LOGIN));
            realms.users().makeDemoLogin(TenantRealms.OPERATOR_REALM, OPERATOR_LOGIN, OPERATOR_PASSWORD);
            lines.append(line("platform", applicationUrl(null), OPERATOR_LOGIN + " / " + OPERATOR_PASSWORD));
            for (Tenant tenant : registry.find(DEMO).stream().toList()) {
                String cityAdmin = "admin@" + DEMO.slug() + ".localhost";
                realms.ensureRealm(DEMO, tenant.displayName(), new FirstAdmin("Demo City Admin", cityAdmin),
                        applicationUrl(DEMO));
                realms.users().makeDemoLogin(DEMO.slug(), cityAdmin, CITY_ADMIN_PASSWORD);
                lines.append(line(tenant.displayName(), applicationUrl(DEMO), cityAdmin + " / " + CITY_ADMIN_PASSWORD));
                portalLogins(DEMO).forEach(login -> lines.append(line("  " + login.role(), applicationUrl(DEMO),
                        login.email() + " / " + passwordOf(login))));
            }
            lines.append(line("Keycloak", keycloak.adminConsole(),
                    keycloak.adminUsername() + ", password in " + keycloak.adminPasswordFile()));
            log.info("{}", lines);
        } catch (CompletionException e) {
            log.error("the demo logins are not available: {}", e.getCause().getMessage());
        } catch (IdentityProviderException | IllegalStateException e) {
            log.error("the demo logins are not available: {}", e.getMessage());
        }
    }

    /**
     * The portal users of {@link DemoPeople} in the municipality's realm, each with a known password and nothing to set
     * up (no one-time password, as the city admin's demo login), linked to the person of the same address that the
     * platform's demo seeded.
     */
    java.util.List<DemoPeople.Login> portalLogins(TenantId tenant) {
        for (DemoPeople.Login person : DemoPeople.LOGINS) {
            String account = realms.users().ensure(tenant.slug(), Account.withPassword(person.email(),
                    person.givenName(), person.familyName(), person.role(), passwordOf(person)));
            realms.users().makeDemoLogin(tenant.slug(), person.email(), passwordOf(person));
            tenants.runAs(tenant, () -> people.linkStaffAccount(LINKER, person.givenName() + " " + person.familyName(),
                    person.email(), account));
        }
        return DemoPeople.LOGINS;
    }

    static String passwordOf(DemoPeople.Login person) {
        return PEOPLE_PASSWORD_PREFIX + person.role();
    }

    private URI applicationUrl(TenantId tenant) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return URI.create("http://" + (tenant == null ? "" : tenant.slug() + ".") + tenancy.baseDomain() + ":" + port);
    }

    private static String line(String what, URI url, String login) {
        return String.format("%n  %-28s %-36s %s", what, url, login);
    }
}
