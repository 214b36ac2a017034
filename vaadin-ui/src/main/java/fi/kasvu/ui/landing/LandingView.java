package fi.kasvu.ui.landing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import fi.kasvu.ui.i18n.LanguageChoice;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What Kasvu is, for anyone who reaches the platform host. It deliberately names no municipality: which ones use
 * Kasvu is for each of them to tell, not for an anonymous visitor to enumerate.
 */
@Route(value = "", registerAtStartup = false)
@AnonymousAllowed
class LandingView extends Div implements HasDynamicTitle {

    LandingView() {
        addClassName("kasvu-landing");
        var console = new Anchor("console", getTranslation("landing.console"));
        console.addClassName("kasvu-banner-link");
        var banner = new Header(new Span("Kasvu"), console, new LanguageChoice());
        banner.addClassName("kasvu-banner");
        var content = new Main(
                new H1(getTranslation("landing.title")),
                new Paragraph(getTranslation("landing.intro")),
                features(),
                addresses(),
                joining());
        content.addClassName("kasvu-content");
        var footer = new Footer(new Paragraph(getTranslation("landing.footer")));
        footer.addClassName("kasvu-footer");
        add(banner, content, footer);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.title");
    }

    private Section features() {
        return section(getTranslation("landing.offers"), "kasvu-tarjoaa", new UnorderedList(
                new ListItem(getTranslation("landing.offers.portal")),
                new ListItem(getTranslation("landing.offers.views")),
                new ListItem(getTranslation("landing.offers.separate")),
                new ListItem(getTranslation("landing.offers.languages"))));
    }

    private Section addresses() {
        return section(getTranslation("landing.address"), "kasvu-osoite",
                new Paragraph(getTranslation("landing.address.text")));
    }

    private Section joining() {
        var signup = new Anchor("signup", getTranslation("landing.join.link"));
        signup.setId("kasvu-rekisteroidy");
        return section(getTranslation("landing.join"), "kasvu-kayttoon", new Paragraph(new Span(
                getTranslation("landing.join.text") + " "), signup));
    }

    private static Section section(String title, String headingId, Component body) {
        var heading = new H2(title);
        heading.setId(headingId);
        var section = new Section(heading, body);
        section.getElement().setAttribute("aria-labelledby", headingId);
        return section;
    }
}
