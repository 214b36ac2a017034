package fi.kasvu.ui.portal;

import java.io.ByteArrayInputStream;

import fi.kasvu.ui.i18n.LanguageChoice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.kasvu.platform.tenancy.Logo;
import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.ui.search.HeaderSearch;
import fi.kasvu.ui.security.CurrentUser;

/**
 * The frame of every portal page: a link that skips to the page, a banner with the municipality's logo and name, who is
 * signed in, sign-out and the language, and the page in the main landmark.
 * The municipality's colours go on the UI as Lumo's custom properties, so every component on the page follows them.
 * The banner's link leads to the signed-in person's own page; for anyone else it signs them in and leads to their home. A city
 * admin's (and a principal's) banner also leads to the municipality's administration. The frame shows nothing private, so anyone may see
 * it; each page says who may see the page. Every page load reads the branding anew, so a change shows on the next one.
 */
@AnonymousAllowed
public class PortalLayout extends Div implements RouterLayout {

    /** Where the banner leads a city admin: the first page of the municipality's administration. */
    static final String ADMINISTRATION = "hallinta/ulkoasu";
    /** Where it leads a principal: their school's pages of the administration. */
    static final String SCHOOL_ADMINISTRATION = "hallinta/koulut";

    /** An SVG logo opened on its own must not run script on the portal's origin. */
    private static final String LOGO_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    /** The id of the main landmark, where the skip link leads. */
    public static final String CONTENT = "kasvu-sisalto";

    private final Main content = new Main();
    private final BrandPalette palette;

    PortalLayout(TenantContext tenants, TenantRegistry registry, CurrentUser currentUser, HeaderSearch search) {
        Tenant tenant = registry.require(tenants.require());
        palette = BrandPalette.of(tenant.branding().primaryColour());
        var banner = new Header();
        banner.addClassName("kasvu-banner");
        registry.logo(tenant.tenantId()).ifPresent(logo -> banner.add(image(logo)));
        var home = new Anchor("", tenant.displayName());
        home.setId("kasvu-etusivu-linkki");
        home.addClassName("kasvu-banner-home");
        banner.add(home);
        currentUser.signedIn().filter(user -> user.hasRole("city-admin") || user.hasRole("principal")).ifPresent(admin -> {
            var administration = new Anchor(admin.hasRole("city-admin") ? ADMINISTRATION : SCHOOL_ADMINISTRATION,
                    getTranslation("portal.banner.administration"));
            administration.setId("kasvu-hallinta-linkki");
            administration.addClassName("kasvu-banner-link");
            banner.add(administration);
        });
        banner.add(search, ownPageLink(currentUser));
        currentUser.signedIn().ifPresent(user -> banner.add(signOut(currentUser)));
        banner.add(new LanguageChoice());
        content.setId(CONTENT);
        content.getElement().setAttribute("tabindex", "-1");
        content.addClassName("kasvu-content");
        var footer = new Footer(new Paragraph(getTranslation("portal.footer")));
        footer.addClassName("kasvu-footer");
        addClassName("kasvu-portal");
        add(skipLink(), banner, content, footer);
    }

    /** The first thing a keyboard reaches: past the banner straight to the page. */
    private Anchor skipLink() {
        var skip = new Anchor("#" + CONTENT, getTranslation("portal.skip"));
        skip.setId("kasvu-ohita");
        skip.addClassName("kasvu-skip");
        skip.getElement().setAttribute("router-ignore", true);
        return skip;
    }

    private Button signOut(CurrentUser currentUser) {
        var button = new Button(getTranslation("portal.banner.sign-out"), click -> currentUser.signOut());
        button.setId("kasvu-kirjaudu-ulos");
        button.addClassName("kasvu-banner-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_CONTRAST);
        return button;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var style = attachEvent.getUI().getElement().getStyle();
        palette.lumoProperties().forEach(style::set);
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.getElement().appendChild(page.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement page) {
        page.getElement().removeFromParent();
    }

    private Anchor ownPageLink(CurrentUser currentUser) {
        var link = currentUser.signedIn()
                .map(user -> new Anchor(MyPageView.ROUTE, getTranslation("portal.banner.own-page", user.name())))
                .orElseGet(() -> new Anchor(HomeView.ROUTE, getTranslation("portal.banner.sign-in")));
        link.setId("kasvu-oma-linkki");
        link.addClassName("kasvu-banner-link");
        return link;
    }

    /** The name is right beside the logo, so to a screen reader the logo is decorative and its alt text empty. */
    private static Image image(Logo logo) {
        // the handler is kept in the session, so it holds the bytes rather than the record, which is not serialisable
        byte[] bytes = logo.bytes();
        String mediaType = logo.mediaType();
        var handler = DownloadHandler.fromInputStream(download -> {
            download.getResponse().setHeader("Content-Security-Policy", LOGO_POLICY);
            download.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            return new DownloadResponse(new ByteArrayInputStream(bytes), "logo", mediaType, bytes.length);
        }).inline();
        var image = new Image(handler, "");
        image.addClassName("kasvu-logo");
        return image;
    }
}
