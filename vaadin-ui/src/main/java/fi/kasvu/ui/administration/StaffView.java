package fi.kasvu.ui.administration;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.invitation.InvalidInvitationException;
import fi.kasvu.provisioning.invitation.Invitation;
import fi.kasvu.provisioning.invitation.InvitationSent;
import fi.kasvu.provisioning.invitation.Invitations;
import fi.kasvu.provisioning.invitation.StaffMember;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.portal.RoleNames;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The municipality's staff, and the invitation that lets a new member of staff in. */
@Route(value = StaffView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed("CITY_ADMIN")
class StaffView extends Div implements com.vaadin.flow.router.HasDynamicTitle {

    static final String ROUTE = "hallinta/henkilokunta";

    private static final Logger log = LoggerFactory.getLogger(StaffView.class);

    private final Invitations invitations;
    private final PersonRegister people;
    private final SignedInActor signedIn;
    private final TenantId tenant;
    private final InvitationForm form = new InvitationForm(Invitations.ROLES);
    private final Grid<StaffMember> staff = new Grid<>();
    private final Paragraph status = new Paragraph();

    StaffView(Invitations invitations, PersonRegister people, SignedInActor signedIn, TenantContext tenants) {
        this.invitations = invitations;
        this.people = people;
        this.signedIn = signedIn;
        this.tenant = tenants.require();
        staff.setId("henkilokunta");
        staff.addColumn(StaffMember::name).setHeader(getTranslation("administration.staff.name")).setAutoWidth(true);
        staff.addColumn(StaffMember::email).setHeader(getTranslation("administration.staff.email")).setAutoWidth(true);
        staff.addColumn(member -> member.roles().stream().map(RoleNames::of).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("administration.staff.roles")).setFlexGrow(2);
        staff.addColumn(member -> member.invitationPending() ? getTranslation("administration.staff.invited") : getTranslation("administration.staff.active")).setHeader(getTranslation("administration.staff.state"));
        staff.setAllRowsVisible(true);
        status.setId("invite-status");
        status.getElement().setAttribute("role", "status");
        form.addSubmitListener(submit -> invite(submit.invitation()));
        var heading = new H2(getTranslation("administration.staff.invite"));
        add(new AdministrationNavigation(ROUTE), new H1(getTranslation("administration.staff.title")), staff, heading,
                new Paragraph(getTranslation("administration.staff.intro")), form, status);
        refresh();
    }

    private void invite(Invitation invitation) {
        InvitationSent sent;
        try {
            sent = invitations.invite(tenant, invitation);
        } catch (InvalidInvitationException invalid) {
            form.showProblems(invalid.problems());
            return;
        } catch (RuntimeException failed) {
            log.warn("inviting someone to '{}' failed: {}", tenant.slug(), failed.getMessage());
            status.setClassName("kasvu-problem");
            status.setText(getTranslation("administration.staff.failed"));
            return;
        }
        linkToPerson(invitation, sent);
        status.setClassName("kasvu-status");
        status.setText(sent.mailed() ? getTranslation("administration.staff.sent", sent.email())
                : getTranslation("administration.staff.roles-given", sent.email()));
        form.clear();
        refresh();
    }

    /** A member of staff is a person of the municipality, who signs in as the invited realm user. */
    private void linkToPerson(Invitation invitation, InvitationSent sent) {
        if (invitation.roles().stream().noneMatch(Invitations.STAFF_ROLES::contains)) {
            return;
        }
        try {
            people.linkStaffAccount(signedIn.require(), invitation.name(), sent.email(), sent.userId());
        } catch (RuntimeException failed) {
            log.warn("linking the invited user {} of '{}' to a person failed: {}", sent.userId(), tenant.slug(),
                    failed.getMessage());
        }
    }

    private void refresh() {
        staff.setItems(invitations.staff(tenant));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("administration.staff.title");
    }
}
