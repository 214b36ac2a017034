package fi.kasvu.provisioning.onboarding;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executor;

import fi.kasvu.platform.database.ControlPlaneSchema;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.billing.BillingAccounts;
import fi.kasvu.provisioning.billing.Plans;
import fi.kasvu.provisioning.identity.FirstAdmin;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.provisioning.invitation.Invitation;
import fi.kasvu.provisioning.invitation.Invitations;
import fi.kasvu.provisioning.placement.ClusterPlacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A municipality's way in: validates its sign-up, then runs the provisioning saga step by persisted step. A failed
 * step leaves the tenant in PROVISIONING with that step's error visible; {@link #retry} resumes at it. Every step
 * can run again without making anything twice, so a retry or a node that takes over after a crash never makes a
 * second realm or schema.
 */
@Service
public class Onboarding {

    static final Duration CLAIM_LEASE = Duration.ofMinutes(5);

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final Signups signups;
    private final Plans plans;
    private final TenantRegistry registry;
    private final TenantMigrations migrations;
    private final TenantRealms realms;
    private final Invitations invitations;
    private final BillingAccounts billing;
    private final ClusterPlacement placement;
    private final TenancySettings tenancy;
    private final TransactionTemplate controlPlane;
    private final Executor executor;
    private final String runner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    Onboarding(Signups signups, Plans plans, TenantRegistry registry, TenantMigrations migrations, TenantRealms realms,
               Invitations invitations, BillingAccounts billing, ClusterPlacement placement, TenancySettings tenancy,
               @Qualifier(ControlPlaneSchema.TRANSACTIONS) PlatformTransactionManager controlPlaneTransactions,
               @Qualifier(OnboardingConfiguration.EXECUTOR) Executor executor) {
        this.signups = signups;
        this.plans = plans;
        this.registry = registry;
        this.migrations = migrations;
        this.realms = realms;
        this.invitations = invitations;
        this.billing = billing;
        this.placement = placement;
        this.tenancy = tenancy;
        this.controlPlane = new TransactionTemplate(controlPlaneTransactions);
        this.executor = executor;
    }

    /**
     * Accepts a sign-up and starts provisioning it in the background. Throws {@link InvalidSignupException} naming
     * each field that is wrong, or the one that collides with an existing municipality; then nothing is recorded.
     */
    public UUID signUp(SignupRequest request) {
        SignupValidation.AcceptedSignup signup = SignupValidation.check(request, plans.available());
        if (registry.find(signup.slug()).isPresent()) {
            throw InvalidSignupException.taken("slug", "The address '" + signup.slug().slug()
                    + "' is already taken; choose another short name.");
        }
        UUID id = UUID.randomUUID();
        try {
            controlPlane.executeWithoutResult(tx -> signups.insert(id, signup));
        } catch (DuplicateKeyException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            throw message.contains("signup_live_business_id")
                    ? InvalidSignupException.taken("businessId", "A municipality with business ID "
                            + signup.businessId() + " has already signed up.")
                    : InvalidSignupException.taken("slug", "The address '" + signup.slug().slug()
                            + "' is already taken or being set up; choose another short name.");
        }
        log.info("sign-up {} accepted for '{}'", id, signup.slug());
        executor.execute(() -> provision(id));
        return id;
    }

    public SignupStatus status(UUID id) {
        Signups.Signup signup = signups.find(id).orElseThrow(() -> new UnknownSignupException(id));
        return new SignupStatus(id, signup.municipality(), signup.slug().slug(), signup.status(), signups.steps(id),
                signup.status().equals("ACTIVE") ? tenancy.portalUrl(signup.slug()) : null, signup.createdAt());
    }

    /** Sign-ups that failed before their municipality was registered, which no list of tenants shows. */
    public java.util.List<SignupStatus> unregistered() {
        return signups.withoutTenant().stream().map(this::status).toList();
    }

    public java.util.Optional<SignupStatus> statusOf(TenantId tenantId) {
        return signups.forTenant(tenantId).map(signup -> status(signup.id()));
    }

    /** Resumes a failed sign-up at the step that failed, and waits for the saga to end. */
    public SignupStatus retry(UUID id) {
        if (!signups.reopen(id)) {
            SignupStatus status = status(id);
            if (!status.status().equals("PROVISIONING")) {
                throw new IllegalStateException("sign-up " + id + " is " + status.status() + "; only a failed one can be retried");
            }
        }
        provision(id);
        return status(id);
    }

    /** Runs the saga of the sign-up to its end on this thread, unless another runner holds it. */
    public void provision(UUID id) {
        if (!signups.claim(id, runner, CLAIM_LEASE)) {
            return;
        }
        Signups.Signup signup = signups.find(id).orElseThrow();
        MDC.put("tenant", signup.slug().slug());
        try {
            for (SignupStatus.Step step : signups.steps(id)) {
                if (step.state().equals("DONE")) {
                    continue;
                }
                signups.stepStarted(id, step.step());
                try {
                    perform(step.step(), signups.find(id).orElseThrow());
                    signups.stepFinished(id, step.step(), null);
                } catch (RuntimeException e) {
                    log.warn("sign-up {}: step {} failed: {}", id, step.step(), e.getMessage());
                    signups.stepFinished(id, step.step(), describe(e));
                    signups.changeStatus(id, "FAILED");
                    return;
                }
            }
            signups.changeStatus(id, "ACTIVE");
            log.info("sign-up {}: '{}' is active", id, signup.slug());
        } finally {
            signups.release(id, runner);
            MDC.remove("tenant");
        }
    }

    /** Picks up sign-ups whose runner died; start-up does not do this, so no node loops over anything at boot. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void resumeAbandoned() {
        signups.abandoned(CLAIM_LEASE).forEach(id -> executor.execute(() -> provision(id)));
    }

    private void perform(ProvisioningStep step, Signups.Signup signup) {
        TenantId tenantId = signup.slug();
        switch (step) {
            case REGISTER_TENANT -> register(signup);
            case CREATE_SCHEMA -> migrations.migrate(tenantId);
            case CREATE_REALM -> realms.ensureRealm(tenantId, signup.municipality(),
                    new FirstAdmin(signup.adminName(), signup.adminEmail()), tenancy.portalUrl(tenantId));
            case OPEN_BILLING -> billing.openManualInvoicing(signup.tenant(), signup.plan(), signup.businessId(),
                    signup.adminEmail(), signup.students());
            case ACTIVATE -> registry.activate(tenantId);
            case INVITE_ADMIN -> invitations.invite(tenantId, new Invitation(signup.adminName(), signup.adminEmail(),
                    java.util.List.of(TenantRealms.CITY_ADMIN)));
        }
    }

    /** Registers the tenant and remembers it on the sign-up in one transaction, so a retry knows it is ours. */
    private void register(Signups.Signup signup) {
        var existing = registry.find(signup.slug());
        if (existing.isPresent()) {
            if (!existing.get().id().equals(signup.tenant())) {
                throw new IllegalStateException("the address '" + signup.slug() + "' was taken by another municipality");
            }
            return;
        }
        controlPlane.executeWithoutResult(tx -> {
            Tenant tenant = registry.register(signup.slug(), signup.municipality(), placement.clusterForNewTenant());
            signups.tenantRegistered(signup.id(), tenant.id());
        });
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** No sign-up has the id. */
    public static class UnknownSignupException extends RuntimeException {
        UnknownSignupException(UUID id) {
            super("There is no sign-up " + id + ".");
        }
    }
}
