package fi.kasvu.ui.administration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.branding.InvalidBrandingException;
import fi.kasvu.provisioning.branding.PortalBranding;
import fi.kasvu.provisioning.branding.PortalLook;
import fi.kasvu.ui.portal.PortalLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * How the municipality's portal looks: its names, its colour and its logo. A saved change reloads the page, which then
 * wears it, as every other page of the portal does from its next load on.
 */
@Route(value = BrandingView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed("CITY_ADMIN")
class BrandingView extends Div implements BeforeEnterObserver, com.vaadin.flow.router.HasDynamicTitle {

    static final String ROUTE = "hallinta/ulkoasu";
    static final String SAVED = "tallennettu";

    private final PortalBranding branding;
    private final TenantId tenant;
    private final BrandingForm form;
    private final Paragraph status = new Paragraph();

    BrandingView(PortalBranding branding, TenantContext tenants) {
        this.branding = branding;
        this.tenant = tenants.require();
        PortalLook look = branding.look(tenant);
        form = new BrandingForm(look);
        form.addSaveListener(save -> save(save.displayName(), save.brandName(), save.primaryColour()));
        status.setId("branding-status");
        status.addClassName("kasvu-status");
        status.getElement().setAttribute("role", "status");
        var logo = new LogoUpload(look.hasLogo(), file -> branding.changeLogo(tenant, file),
                () -> branding.removeLogo(tenant), this::reloadSaved);
        add(new AdministrationNavigation(ROUTE), new H1(getTranslation("administration.look.title")), status,
                new Paragraph(getTranslation("administration.look.intro")),
                form, logo);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SAVED)) {
            status.setText(getTranslation("administration.look.saved"));
        }
    }

    private void save(String displayName, String brandName, String primaryColour) {
        try {
            branding.rebrand(tenant, displayName, brandName, primaryColour);
        } catch (InvalidBrandingException invalid) {
            form.showProblems(invalid.problems());
            return;
        }
        reloadSaved();
    }

    /** A new page load, so the banner, the colours and the logo are read anew. */
    private void reloadSaved() {
        UI.getCurrent().getPage().setLocation(ROUTE + "?" + SAVED);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("administration.look.title");
    }
}
