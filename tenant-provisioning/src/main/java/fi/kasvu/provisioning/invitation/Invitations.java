package fi.kasvu.provisioning.invitation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.MailServer;
import fi.kasvu.provisioning.identity.RealmMembers;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.provisioning.invitation.InvalidInvitationException.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Inviting people into a municipality: their user in its realm with the roles they are given (one user per address, however
 * often they are invited), and a mail from Keycloak with a link to choose a password and, for staff, to set up a
 * one-time-password app. Each invitation sends at most one mail; someone who has set up their account already only
 * gets the new roles.
 */
@Service
public class Invitations {

    /** The roles a municipality's people can be given. */
    public static final List<String> ROLES = TenantRealms.MUNICIPALITY_ROLES;
    /** The roles of those who work in the schools and the administration, and must use a second factor. */
    public static final List<String> STAFF_ROLES = List.of("teacher", "special-needs-teacher", "principal", "welfare",
            TenantRealms.CITY_ADMIN, "governance");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int LONGEST_NAME = 120;
    private static final Logger log = LoggerFactory.getLogger(Invitations.class);

    private final RealmMembers members;
    private final TenantRegistry registry;
    private final TenancySettings tenancy;
    private final MailSettings mail;
    private final SmtpSettings smtp;
    private final ObjectProvider<DevelopmentMailbox> developmentMailbox;

    Invitations(RealmMembers members, TenantRegistry registry, TenancySettings tenancy, MailSettings mail,
                SmtpSettings smtp, ObjectProvider<DevelopmentMailbox> developmentMailbox) {
        this.members = members;
        this.registry = registry;
        this.tenancy = tenancy;
        this.mail = mail;
        this.smtp = smtp;
        this.developmentMailbox = developmentMailbox;
    }

    /** Throws {@link InvalidInvitationException} naming each field that is wrong; then nothing happens. */
    public InvitationSent invite(TenantId tenant, Invitation invitation) {
        Invitation checked = check(invitation);
        boolean staff = checked.roles().stream().anyMatch(STAFF_ROLES::contains);
        List<String> setUp = staff ? List.of(RealmMembers.SET_PASSWORD, RealmMembers.SET_UP_SECOND_FACTOR)
                : List.of(RealmMembers.SET_PASSWORD);
        RealmMembers.Admission admission = members.admit(tenant, checked.email(), checked.name(), checked.roles(), setUp);
        boolean mailed = !admission.pendingActions().isEmpty();
        if (mailed) {
            members.mailSetUpLink(tenant, admission, mailServer(tenant), URI.create(tenancy.portalUrl(tenant) + "/"),
                    mail.invitationLifespan());
        }
        log.info("invited user {} of realm '{}' as {}: {}", admission.userId(), tenant.slug(), checked.roles(),
                mailed ? "mailed a link to set up " + admission.pendingActions() : "their account is set up already");
        return new InvitationSent(checked.email(), admission.created(), mailed, admission.userId());
    }

    /** Everyone with a staff role, by name. */
    public List<StaffMember> staff(TenantId tenant) {
        return members.withAnyRole(tenant, STAFF_ROLES).stream()
                .map(member -> new StaffMember(member.name(), member.email(), member.roles(),
                        !member.requiredActions().isEmpty()))
                .toList();
    }

    /** The configured SMTP server or, with none, the development mailbox; the mail comes from the municipality. */
    private MailServer mailServer(TenantId tenant) {
        String from = StringUtils.hasText(mail.from()) ? mail.from().strip() : "kasvu@" + tenancy.baseDomain();
        MailServer server = smtp.configured()
                ? new MailServer(smtp.host().strip(), smtp.portOrDefault(), from, null, smtp.username(), smtp.password(),
                        smtp.sslOnConnect(), smtp.starttls())
                : developmentMailbox.stream().findFirst().orElseThrow(() -> new IllegalStateException(
                        "no SMTP server is configured (spring.mail.host), so no invitation can be sent")).server(from);
        return server.from(registry.find(tenant).map(Tenant::displayName).map(name -> name + " (Kasvu)").orElse("Kasvu"));
    }

    static Invitation check(Invitation invitation) {
        if (invitation == null) {
            throw new InvalidInvitationException(List.of(new FieldProblem("body", "Send the invitation.")));
        }
        var problems = new ArrayList<FieldProblem>();
        String name = invitation.name() == null ? "" : invitation.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "Enter the name of the person you invite."));
        } else if (name.length() > LONGEST_NAME) {
            problems.add(new FieldProblem("name", "The name can be at most " + LONGEST_NAME + " characters long."));
        }
        String email = invitation.email() == null ? "" : invitation.email().strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.add(new FieldProblem("email", "Enter the person's email address, for example "
                    + "maija.meikalainen@vantaa.fi."));
        }
        List<String> roles = invitation.roles().stream().map(role -> role == null ? "" : role.strip()).distinct().toList();
        if (roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "Choose at least one role."));
        }
        roles.stream().filter(role -> !ROLES.contains(role)).forEach(role -> problems.add(new FieldProblem("roles",
                "There is no role '" + abbreviate(role) + "'; choose from " + String.join(", ", ROLES) + ".")));
        if (!problems.isEmpty()) {
            throw new InvalidInvitationException(problems);
        }
        return new Invitation(name, email, roles);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
