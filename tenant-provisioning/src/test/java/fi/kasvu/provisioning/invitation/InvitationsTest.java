package fi.kasvu.provisioning.invitation;

import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.MailFixture;
import fi.kasvu.provisioning.ProvisioningTestApplication;
import fi.kasvu.provisioning.identity.FirstAdmin;
import fi.kasvu.provisioning.identity.RealmMembers;
import fi.kasvu.provisioning.identity.TenantRealms;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Invitations against the real Keycloak, which sends its mails to GreenMail as the configured SMTP server. */
@SpringBootTest(classes = ProvisioningTestApplication.class, properties = "kasvu.tenancy.base-domain=kasvu.test")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class InvitationsTest {

    private static final String PASSWORD = "Oikein-hevonen-akku-niitti";

    @RegisterExtension
    static final GreenMailExtension smtp = MailFixture.smtpServer();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        MailFixture.sendThrough(smtp, properties);
    }

    @Autowired Invitations invitations;
    @Autowired RealmMembers members;
    @Autowired TenantRealms realms;
    @Autowired TenancySettings tenancy;

    final List<TenantId> made = new ArrayList<>();
    TenantId tenant;

    @BeforeEach
    void realm() {
        tenant = TenantFixture.uniqueSlug("invite");
        made.add(tenant);
        realms.ensureRealm(tenant, "Kutsula", new FirstAdmin("Maija Meikäläinen", "maija@" + tenant.slug() + ".kasvu.test"),
                tenancy.portalUrl(tenant));
    }

    @AfterEach
    void deleteRealms() {
        made.forEach(realms::deleteRealm);
    }

    @Test
    void invitingStaffMakesOneUserWithTheRolesAndRequiredActionsAndMailsThemOneLink() {
        String email = "olli.opettaja@" + tenant.slug() + ".kasvu.test";

        InvitationSent sent = invitations.invite(tenant, new Invitation("Olli Opettaja", " Olli.Opettaja@" + tenant.slug()
                + ".KASVU.test ", List.of("teacher", "principal")));

        assertThat(sent).isEqualTo(new InvitationSent(email, true, true, sent.userId()));
        assertThat(sent.userId()).isNotBlank();
        assertThat(members.withAnyRole(tenant, Invitations.ROLES)).filteredOn(member -> member.email().equals(email))
                .singleElement().satisfies(member -> {
                    assertThat(member.name()).isEqualTo("Olli Opettaja");
                    assertThat(member.roles()).containsExactlyInAnyOrder("teacher", "principal");
                    assertThat(member.requiredActions()).containsExactlyInAnyOrder("UPDATE_PASSWORD", "CONFIGURE_TOTP");
                });
        assertThat(MailFixture.to(smtp, email)).singleElement().satisfies(mail -> {
            assertThat(mail.getFrom()[0].toString()).contains("kasvu@kasvu.test");
            String link = MailFixture.actionLink(mail);
            assertThat(link).startsWith(realms.issuer(tenant) + "/login-actions/action-token?key=");
            var token = MailFixture.actionToken(link);
            assertThat(token).containsEntry("rqac", List.of("UPDATE_PASSWORD", "CONFIGURE_TOTP"));
            assertThat(((Number) token.get("exp")).longValue() - ((Number) token.get("iat")).longValue())
                    .as("the link works for 72 hours").isEqualTo(72 * 3600);
        });
        assertThat(invitations.staff(tenant)).extracting(StaffMember::email, StaffMember::invitationPending)
                .contains(org.assertj.core.groups.Tuple.tuple(email, true));
    }

    @Test
    void invitingTheSameAddressTwiceKeepsOnePersonWithBothRolesAndMailsOncePerInvitation() {
        String email = "riikka.rehtori@" + tenant.slug() + ".kasvu.test";
        invitations.invite(tenant, new Invitation("Riikka Rehtori", email, List.of("teacher")));

        InvitationSent again = invitations.invite(tenant, new Invitation("Riikka Rehtori", email.toUpperCase(),
                List.of("principal")));

        assertThat(again.newPerson()).isFalse();
        assertThat(members.withAnyRole(tenant, Invitations.ROLES)).filteredOn(member -> member.email().equals(email))
                .singleElement().satisfies(member -> assertThat(member.roles())
                        .containsExactlyInAnyOrder("teacher", "principal"));
        assertThat(MailFixture.to(smtp, email)).hasSize(2);
    }

    @Test
    void aGuardianFollowsTheLinkChoosesAPasswordAndIsNotMailedAgainWhenInvitedAgain() {
        String email = "hanna.huoltaja@" + tenant.slug() + ".kasvu.test";
        invitations.invite(tenant, new Invitation("Hanna Huoltaja", email, List.of("guardian")));
        MimeMessage mail = MailFixture.to(smtp, email).getFirst();
        assertThat(members.withAnyRole(tenant, List.of("guardian"))).singleElement()
                .satisfies(member -> assertThat(member.requiredActions()).containsExactly("UPDATE_PASSWORD"));

        String end = new InvitationLinkClient().setPassword(MailFixture.actionLink(mail), PASSWORD);

        assertThat(end).as("the last page leads back to the portal").contains(tenancy.portalUrl(tenant) + "/");
        assertThat(members.withAnyRole(tenant, List.of("guardian"))).singleElement()
                .satisfies(member -> assertThat(member.requiredActions()).isEmpty());
        InvitationSent again = invitations.invite(tenant, new Invitation("Hanna Huoltaja", email, List.of("guardian")));
        assertThat(again).isEqualTo(new InvitationSent(email, false, false, again.userId()));
        assertThat(MailFixture.to(smtp, email)).hasSize(1);
    }

    @Test
    void anInvitationWithoutRolesWithAnUnknownRoleOrABadAddressIsRefusedNamingTheField() {
        assertThatThrownBy(() -> invitations.invite(tenant, new Invitation("Ei Rooleja", "ei@kasvu.test", List.of())))
                .isInstanceOfSatisfying(InvalidInvitationException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInvitationException.FieldProblem::field).containsExactly("roles"));
        assertThatThrownBy(() -> invitations.invite(tenant, new Invitation("Väärä Rooli", "vaara@kasvu.test",
                List.of("teacher", "operator"))))
                .isInstanceOfSatisfying(InvalidInvitationException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("roles");
                            assertThat(problem.message()).contains("'operator'").contains("city-admin");
                        }));
        assertThatThrownBy(() -> invitations.invite(tenant, new Invitation(" ", "ei-osoite", List.of("teacher"))))
                .isInstanceOfSatisfying(InvalidInvitationException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInvitationException.FieldProblem::field).containsExactly("name", "email"));

        assertThat(members.withAnyRole(tenant, Invitations.ROLES)).extracting(RealmMembers.Member::email)
                .containsExactly("maija@" + tenant.slug() + ".kasvu.test");
        assertThat(smtp.getReceivedMessages()).noneMatch(message -> MailFixture.text(message).contains(tenant.slug()));
    }
}
