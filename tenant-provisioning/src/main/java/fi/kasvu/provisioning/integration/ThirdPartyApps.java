package fi.kasvu.provisioning.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.oneroster.rest.IntegrationApp;
import fi.kasvu.platform.oneroster.rest.IntegrationApps;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.identity.AppClients;
import fi.kasvu.provisioning.integration.InvalidAppException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Registering and revoking a municipality's third-party apps. A registration makes the client in the realm first
 * and then the app's row; if the row cannot be written the client is deleted again, so nothing is left half-made.
 * Revoking deletes the client (no new tokens) and marks the row, which the API checks on every request.
 */
@Service
public class ThirdPartyApps {

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;

    private static final Logger log = LoggerFactory.getLogger(ThirdPartyApps.class);

    private final AppClients clients;
    private final IntegrationApps apps;

    ThirdPartyApps(AppClients clients, IntegrationApps apps) {
        this.clients = clients;
        this.apps = apps;
    }

    /** Throws {@link InvalidAppException} naming each wrong field; then nothing is created. */
    public RegisteredApp register(TenantId tenant, AppRegistration registration, String registeredBy) {
        AppRegistration checked = check(tenant, registration);
        String clientId = "oneroster-" + UUID.randomUUID().toString().substring(0, 13).replace("-", "");
        List<String> scopes = checked.scopes().stream().sorted().map(OneRosterScope::uri).toList();
        String secret = clients.create(tenant, clientId, checked.name(), scopes);
        IntegrationApp app;
        try {
            app = apps.record(tenant, checked.name(), clientId, scopes, checked.requestsPerMinute(), registeredBy);
        } catch (RuntimeException e) {
            clients.delete(tenant, clientId);
            throw e;
        }
        log.info("registered the app '{}' of '{}' as client {} with {} ({} requests a minute)", app.name(),
                tenant.slug(), clientId, scopes, app.requestsPerMinute());
        return new RegisteredApp(app, secret, clients.tokenEndpoint(tenant));
    }

    /** Deletes the app's client and marks it revoked; false when it was revoked already or is no app of this tenant. */
    public boolean revoke(TenantId tenant, UUID appId, String revokedBy) {
        var app = apps.find(tenant, appId).filter(IntegrationApp::active);
        if (app.isEmpty()) {
            return false;
        }
        clients.delete(tenant, app.get().clientId());
        boolean marked = apps.markRevoked(tenant, appId);
        log.info("{} revoked the app '{}' of '{}' (client {})", revokedBy, app.get().name(), tenant.slug(),
                app.get().clientId());
        return marked;
    }

    public List<IntegrationApp> apps(TenantId tenant) {
        return apps.all(tenant);
    }

    private AppRegistration check(TenantId tenant, AppRegistration registration) {
        var problems = new ArrayList<FieldProblem>();
        String name = registration == null || registration.name() == null ? "" : registration.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Give the app a name."));
        } else if (name.length() > IntegrationApps.MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("name", "The name can be at most " + IntegrationApps.MAX_NAME_LENGTH
                    + " characters long."));
        } else if (apps.nameInUse(tenant, name)) {
            problems.add(new FieldProblem("name", "An app called '" + name + "' is registered already."));
        }
        if (registration == null || registration.scopes().isEmpty()) {
            problems.add(new FieldProblem("scopes", "Choose at least one scope."));
        }
        Integer perMinute = registration == null ? null : registration.requestsPerMinute();
        int limit = perMinute == null ? DEFAULT_REQUESTS_PER_MINUTE : perMinute;
        if (limit < 1 || limit > IntegrationApps.MAX_REQUESTS_PER_MINUTE) {
            problems.add(new FieldProblem("requestsPerMinute", "The rate limit is from 1 to "
                    + IntegrationApps.MAX_REQUESTS_PER_MINUTE + " requests a minute."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidAppException(problems);
        }
        return new AppRegistration(name, registration.scopes(), limit);
    }
}
