package fi.kasvu.ui.site;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fi.kasvu.ui.i18n.LanguageChoice;

/**
 * What anyone sees at an address with no page they may open: one that does not exist, or one their role does not
 * reach (Vaadin's navigation access control turns a refusal into "not found", so that nobody learns which pages
 * exist from the difference). In the reader's language, with a banner, a main landmark and a way back to the front
 * page of the host they are on, instead of Vaadin's bare "Could not navigate to ...".
 */
@AnonymousAllowed
class PageNotFound extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    static final String HEADING = "sivua-ei-loydy";
    private static final int LONGEST_PATH = 120;

    PageNotFound() {
        addClassName("kasvu-landing");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var banner = new Header(new Span("Kasvu"), new LanguageChoice());
        banner.addClassName("kasvu-banner");
        var heading = new H1(getTranslation("site.not-found.title"));
        heading.setId(HEADING);
        var home = new Anchor(".", getTranslation("site.not-found.home"));
        home.setId("sivua-ei-loydy-etusivulle");
        String path = "/" + event.getLocation().getPath();
        var content = new Main(heading, new Paragraph(getTranslation("site.not-found.text",
                path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) + "…" : path)), new Paragraph(home));
        content.addClassName("kasvu-content");
        add(banner, content);
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("site.not-found.title");
    }
}
