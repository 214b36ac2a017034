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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What Kasvu is, for anyone who reaches the platform host. It deliberately names no municipality: which ones use
 * Kasvu is for each of them to tell, not for an anonymous visitor to enumerate.
 */
@Route(value = "", registerAtStartup = false)
@PageTitle("Kasvu – kuntien kasvatuksen ja opetuksen palvelut")
@AnonymousAllowed
class LandingView extends Div {

    LandingView() {
        addClassName("kasvu-landing");
        var console = new Anchor("console", "Ylläpito");
        console.addClassName("kasvu-banner-link");
        var banner = new Header(new Span("Kasvu"), console);
        banner.addClassName("kasvu-banner");
        var content = new Main(
                new H1("Kasvu – kuntien kasvatuksen ja opetuksen palvelut"),
                new Paragraph("Kasvu on palvelu, jolla kunnat hoitavat esiopetuksen, perusopetuksen ja toisen asteen "
                        + "koulutuksen arjen: koulut, oppilaat ja huoltajat, poissaolot, arvioinnin, tuen ja viestinnän."),
                features(),
                addresses(),
                joining());
        content.addClassName("kasvu-content");
        var footer = new Footer(new Paragraph("Kasvu – kasvatuksen ja opetuksen palvelualusta."));
        footer.addClassName("kasvu-footer");
        add(banner, content, footer);
    }

    private static Section features() {
        return section("Mitä Kasvu tarjoaa", "kasvu-tarjoaa", new UnorderedList(
                new ListItem("Jokaiselle kunnalle oma portaali kunnan väreissä ja omalla logolla."),
                new ListItem("Näkymät huoltajille, oppilaille, opettajille, rehtoreille, oppilashuollolle ja "
                        + "kunnan pääkäyttäjille."),
                new ListItem("Kunnan tiedot pidetään erillään muiden kuntien tiedoista, ja arkaluonteisten tietojen "
                        + "käsittely kirjataan."),
                new ListItem("Palvelu suomeksi, ruotsiksi ja englanniksi, saavutettavuusvaatimusten (WCAG 2.1 AA) "
                        + "mukaisesti.")));
    }

    private static Section addresses() {
        return section("Kuntasi palvelu", "kasvu-osoite", new Paragraph(
                "Jokaisella kunnalla on Kasvussa oma osoitteensa. Löydät sen kuntasi verkkosivuilta tai "
                        + "koulusi tiedotteista."));
    }

    private static Section joining() {
        var signup = new Anchor("signup", "Rekisteröi kuntasi Kasvuun");
        signup.setId("kasvu-rekisteroidy");
        return section("Ota Kasvu käyttöön", "kasvu-kayttoon", new Paragraph(new Span(
                "Kunta pääsee alkuun muutamassa minuutissa: portaali, kirjautuminen ja laskutus valmistuvat heti. "),
                signup));
    }

    private static Section section(String title, String headingId, Component body) {
        var heading = new H2(title);
        heading.setId(headingId);
        var section = new Section(heading, body);
        section.getElement().setAttribute("aria-labelledby", headingId);
        return section;
    }
}
