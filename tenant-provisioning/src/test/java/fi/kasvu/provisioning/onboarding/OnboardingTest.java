package fi.kasvu.provisioning.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.kasvu.platform.OwnDatabaseInitializer;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.platform.tenancy.TenantStatus;
import fi.kasvu.provisioning.MailFixture;
import fi.kasvu.provisioning.ProvisioningTestApplication;
import fi.kasvu.provisioning.billing.BillingAccounts;
import fi.kasvu.provisioning.identity.TenantRealms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The provisioning saga against real PostgreSQL and a real Keycloak, which mails through GreenMail. */
@SpringBootTest(classes = ProvisioningTestApplication.class, properties = "kasvu.tenancy.base-domain=kasvu.test")
@ContextConfiguration(initializers = OwnDatabaseInitializer.class)
class OnboardingTest {

    @RegisterExtension
    static final GreenMailExtension smtp = MailFixture.smtpServer();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        MailFixture.sendThrough(smtp, properties);
    }

    @Autowired Onboarding onboarding;
    @Autowired TenantRemoval removal;
    @Autowired TenantOperations operations;
    @Autowired TenantRegistry registry;
    @Autowired TenantRealms realms;
    @Autowired BillingAccounts billing;
    @Autowired JdbcClient jdbc;
    @Value("${spring.datasource.url}") String databaseUrl;

    @Test
    void aSignUpBecomesAnActiveMunicipalityWithSchemaRealmAndBillingAccount() {
        SignupRequest request = SignupFixture.municipality("active");
        TenantId tenant = TenantId.of(request.slug());

        SignupStatus status = SignupFixture.awaitEnd(onboarding, onboarding.signUp(request));

        assertThat(status.status()).isEqualTo("ACTIVE");
        assertThat(status.steps()).extracting(SignupStatus.Step::state).containsOnly("DONE");
        assertThat(status.steps()).extracting(SignupStatus.Step::step).containsExactly(ProvisioningStep.values());
        assertThat(status.steps()).allSatisfy(step -> {
            assertThat(step.finishedAt()).as("%s finished", step.step()).isAfterOrEqualTo(step.startedAt());
            assertThat(step.took()).hasValueSatisfying(took -> assertThat(took).isPositive());
        });
        for (int i = 1; i < status.steps().size(); i++) {
            assertThat(status.steps().get(i).startedAt()).as("one step after another")
                    .isAfterOrEqualTo(status.steps().get(i - 1).finishedAt());
        }
        assertThat(status.portalUrl()).hasToString("http://" + tenant.slug() + ".kasvu.test:8080");
        var registered = registry.get(tenant);
        assertThat(registered.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(registered.displayName()).isEqualTo(request.municipality());
        assertThat(schemas(tenant)).isEqualTo(1);
        assertThat(realms.realmExists(tenant)).isTrue();
        assertThat(billing.account(registered.id())).hasValueSatisfying(account -> {
            assertThat(account.mode()).isEqualTo("MANUAL_INVOICING");
            assertThat(account.plan()).isEqualTo("perus");
            assertThat(account.students()).isEqualTo(1_200);
            assertThat(account.businessId()).isEqualTo(request.businessId());
        });
    }

    @Test
    void theFirstCityAdminIsInvitedLastWithOneMailWhoseLinkLeadsToTheMunicipalitysRealm() {
        SignupRequest request = SignupFixture.municipality("invite");
        TenantId tenant = TenantId.of(request.slug());

        SignupStatus status = SignupFixture.awaitEnd(onboarding, onboarding.signUp(request));

        assertThat(status.steps()).last().satisfies(step -> {
            assertThat(step.step()).isEqualTo(ProvisioningStep.INVITE_ADMIN);
            assertThat(step.state()).isEqualTo("DONE");
        });
        assertThat(MailFixture.to(smtp, request.adminEmail())).singleElement().satisfies(mail -> {
            String link = MailFixture.actionLink(mail);
            assertThat(link).startsWith(realms.issuer(tenant) + "/login-actions/action-token?key=");
            assertThat(MailFixture.actionToken(link)).containsEntry("eml", request.adminEmail())
                    .containsEntry("azp", "kasvu-portal")
                    .containsEntry("rqac", List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP"))
                    .containsEntry("reduri", "http://" + tenant.slug() + ".kasvu.test:8080/");
        });
    }

    @Test
    void aMailServerOutOfReachFailsTheInvitationAndARetryMailsTheAdminOnce() {
        SignupRequest request = SignupFixture.municipality("nomail");
        TenantId tenant = TenantId.of(request.slug());
        UUID id;
        try (var cutOff = new SpringApplicationBuilder(ProvisioningTestApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + databaseUrl, "--spring.mail.host=127.0.0.1", "--spring.mail.port=9",
                        "--kasvu.tenancy.base-domain=kasvu.test")) {
            Onboarding cutOffOnboarding = cutOff.getBean(Onboarding.class);
            id = cutOffOnboarding.signUp(request);
            SignupStatus failed = SignupFixture.awaitEnd(cutOffOnboarding, id);
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.steps().get(ProvisioningStep.INVITE_ADMIN.ordinal())).satisfies(step -> {
                assertThat(step.state()).isEqualTo("FAILED");
                assertThat(step.error()).contains("127.0.0.1:9");
            });
        }
        assertThat(registry.get(tenant).status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(MailFixture.to(smtp, request.adminEmail())).isEmpty();

        SignupStatus retried = onboarding.retry(id);

        assertThat(retried.status()).isEqualTo("ACTIVE");
        assertThat(retried.steps().get(ProvisioningStep.INVITE_ADMIN.ordinal()).attempts()).isEqualTo(2);
        assertThat(MailFixture.to(smtp, request.adminEmail())).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = ProvisioningStep.class, names = {"REGISTER_TENANT", "OPEN_BILLING", "ACTIVATE"})
    void aDatabaseErrorInAStepLeavesItVisibleAndARetryFinishesWithOneOfEverything(ProvisioningStep step) {
        SignupRequest request = SignupFixture.municipality("broken");
        TenantId tenant = TenantId.of(request.slug());
        UUID id;
        SignupStatus failed;
        try (var sabotage = sabotage(step, tenant)) {
            id = onboarding.signUp(request);
            failed = SignupFixture.awaitEnd(onboarding, id);
        }

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.steps()).filteredOn(s -> s.step() == step).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo("FAILED");
            assertThat(s.error()).contains("injected database failure");
        });
        assertThat(failed.steps()).filteredOn(s -> s.step().ordinal() > step.ordinal())
                .allSatisfy(later -> assertThat(later.state()).isEqualTo("PENDING"));
        registry.find(tenant).ifPresent(t -> assertThat(t.status()).isEqualTo(TenantStatus.PROVISIONING));
        assertThat(MailFixture.to(smtp, request.adminEmail())).as("no invitation before the portal opens").isEmpty();
        if (step == ProvisioningStep.REGISTER_TENANT) {
            // no tenant to list, so the console lists the sign-up itself
            assertThat(operations.unregisteredSignups()).extracting(SignupStatus::id).contains(id);
        }

        SignupStatus retried = onboarding.retry(id);

        assertThat(retried.status()).isEqualTo("ACTIVE");
        assertThat(operations.unregisteredSignups()).extracting(SignupStatus::id).doesNotContain(id);
        assertThat(retried.steps()).filteredOn(s -> s.step() == step).singleElement()
                .satisfies(s -> assertThat(s.attempts()).isEqualTo(2));
        assertThat(schemas(tenant)).isEqualTo(1);
        assertThat(realms.realmExists(tenant)).isTrue();
        assertThat(registry.get(tenant).status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(jdbc.sql("SELECT count(*) FROM platform.tenant WHERE slug = ?").param(tenant.slug())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(MailFixture.to(smtp, request.adminEmail())).as("one invitation").hasSize(1);
    }

    @Test
    void aSchemaThatCannotBeMigratedFailsTheStepAndARetryAfterTheFixFinishes() {
        SignupRequest request = SignupFixture.municipality("schema");
        TenantId tenant = TenantId.of(request.slug());
        jdbc.sql("CREATE SCHEMA \"" + tenant.schemaName() + "\"").update();
        jdbc.sql("CREATE TABLE \"" + tenant.schemaName() + "\".school (id int)").update(); // in Liquibase's way

        UUID id = onboarding.signUp(request);
        SignupStatus failed = SignupFixture.awaitEnd(onboarding, id);

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.steps().get(ProvisioningStep.CREATE_SCHEMA.ordinal()).error()).contains("school");
        assertThat(realms.realmExists(tenant)).isFalse();

        jdbc.sql("DROP TABLE \"" + tenant.schemaName() + "\".school").update();
        assertThat(onboarding.retry(id).status()).isEqualTo("ACTIVE");
        assertThat(schemas(tenant)).isEqualTo(1);
    }

    @Test
    void keycloakOutOfReachFailsTheRealmStepAndANodeThatReachesItFinishes() {
        SignupRequest request = SignupFixture.municipality("nokc");
        TenantId tenant = TenantId.of(request.slug());
        UUID id;
        try (var cutOff = new SpringApplicationBuilder(ProvisioningTestApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + databaseUrl, "--kasvu.keycloak.url=http://127.0.0.1:9",
                        "--kasvu.keycloak.admin-password=unused", "--kasvu.tenancy.base-domain=kasvu.test")) {
            Onboarding cutOffOnboarding = cutOff.getBean(Onboarding.class);
            id = cutOffOnboarding.signUp(request);
            SignupStatus failed = SignupFixture.awaitEnd(cutOffOnboarding, id);
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.steps().get(ProvisioningStep.CREATE_REALM.ordinal()).state()).isEqualTo("FAILED");
        }
        assertThat(realms.realmExists(tenant)).isFalse();

        SignupStatus retried = onboarding.retry(id);

        assertThat(retried.status()).isEqualTo("ACTIVE");
        assertThat(realms.realmExists(tenant)).isTrue();
        assertThat(schemas(tenant)).isEqualTo(1);
    }

    @Test
    void theSameSignUpTwiceAtOnceMakesOneMunicipalityAndRefusesTheOther() throws Exception {
        SignupRequest request = SignupFixture.municipality("twice");
        java.util.concurrent.Callable<String> submit = () -> attempt(request);
        var results = java.util.concurrent.Executors.newFixedThreadPool(2).invokeAll(List.of(submit, submit));

        List<String> outcomes = results.stream().map(f -> {
            try {
                return f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(outcomes).containsExactlyInAnyOrder("accepted", "conflict");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.signup WHERE slug = ?").param(request.slug())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aTakenSlugOrBusinessIdIsAConflictNamingTheField() {
        SignupRequest first = SignupFixture.municipality("taken");
        SignupFixture.awaitEnd(onboarding, onboarding.signUp(first));

        var sameSlug = new SignupRequest("Toinen", SignupFixture.validBusinessId(), first.slug(), "A", "a@b.fi", 5, null);
        var sameBusinessId = new SignupRequest("Kolmas", first.businessId(), first.slug() + "-2", "A", "a@b.fi", 5, null);

        assertThatThrownBy(() -> onboarding.signUp(sameSlug)).isInstanceOfSatisfying(InvalidSignupException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("slug")));
        assertThatThrownBy(() -> onboarding.signUp(sameBusinessId)).isInstanceOfSatisfying(InvalidSignupException.class,
                e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.problems()).singleElement()
                            .satisfies(p -> assertThat(p.field()).isEqualTo("businessId"));
                });
        assertThat(registry.find(TenantId.of(first.slug() + "-2"))).isEmpty();
    }

    @Test
    void deletingAMunicipalityRemovesEverythingMadeForItAndFreesItsAddress() {
        SignupRequest request = SignupFixture.municipality("gone");
        TenantId tenant = TenantId.of(request.slug());
        SignupFixture.awaitEnd(onboarding, onboarding.signUp(request));
        UUID tenantUuid = registry.get(tenant).id();

        operations.delete("operator@kasvu.test", tenant);

        assertThat(registry.find(tenant)).isEmpty();
        assertThat(schemas(tenant)).isZero();
        assertThat(realms.realmExists(tenant)).isFalse();
        assertThat(billing.account(tenantUuid)).isEmpty();
        assertThat(operations.audit(5)).first().satisfies(entry -> {
            assertThat(entry.operator()).isEqualTo("operator@kasvu.test");
            assertThat(entry.action()).isEqualTo("DELETE");
            assertThat(entry.tenant()).isEqualTo(tenant.slug());
        });
        assertThat(SignupFixture.awaitEnd(onboarding, onboarding.signUp(request)).status()).isEqualTo("ACTIVE");
    }

    @Test
    void theOperatorAuditCannotBeRewritten() {
        SignupRequest request = SignupFixture.municipality("audit");
        SignupFixture.awaitEnd(onboarding, onboarding.signUp(request));
        operations.suspend("operator@kasvu.test", TenantId.of(request.slug()), "unpaid invoices");

        assertThat(registry.get(TenantId.of(request.slug())).status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(operations.audit(1)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("SUSPEND");
            assertThat(entry.detail()).isEqualTo("unpaid invoices");
        });
        assertThatThrownBy(() -> jdbc.sql("UPDATE platform.operator_audit SET operator = 'someone else'").update())
                .hasMessageContaining("operator_audit is append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM platform.operator_audit").update())
                .hasMessageContaining("operator_audit is append-only");
    }

    private String attempt(SignupRequest request) {
        try {
            onboarding.signUp(request);
            return "accepted";
        } catch (InvalidSignupException e) {
            return e.isConflict() ? "conflict" : "invalid: " + e.getMessage();
        }
    }

    private Sabotage sabotage(ProvisioningStep step, TenantId tenant) {
        String slug = "'" + tenant.slug() + "'";
        return switch (step) {
            case REGISTER_TENANT -> Sabotage.failWrites(jdbc, "tenant", "NEW.slug = " + slug + " AND TG_OP = 'INSERT'");
            case OPEN_BILLING -> Sabotage.failWrites(jdbc, "billing_account",
                    "NEW.tenant_id = (SELECT id FROM platform.tenant WHERE slug = " + slug + ")");
            case ACTIVATE -> Sabotage.failWrites(jdbc, "tenant", "NEW.slug = " + slug + " AND NEW.status = 'ACTIVE'");
            default -> throw new IllegalArgumentException(step.name());
        };
    }

    private int schemas(TenantId tenant) {
        return jdbc.sql("SELECT count(*) FROM pg_namespace WHERE nspname = ?").param(tenant.schemaName())
                .query(Integer.class).single();
    }
}
