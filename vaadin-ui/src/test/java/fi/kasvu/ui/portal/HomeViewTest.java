package fi.kasvu.ui.portal;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.StudentNames;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.RealmFixture;
import fi.kasvu.ui.SignInClient;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed-in home page over HTTP, signed in through the real Keycloak, with two cards made here: one about the
 * student the page is about (asking the platform for the name, which checks access again) and one for teachers only.
 */
@KasvuTest
@Import(HomeViewTest.Cards.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeViewTest {

    @TestConfiguration
    static class Cards {

        /** Only for a student's page: whose it is. */
        @Bean
        PortalCard aboutTheStudent(StudentNames names) {
            return new TestCard(200, viewer -> viewer.student().map(student -> card("testikortti-oppilas",
                    "Oppilaan kortti", "about " + names.namesOf(viewer.actor(), List.of(student)).get(student))));
        }

        /** Only for teachers; comes first. */
        @Bean
        PortalCard forTeachers() {
            return new TestCard(100, viewer -> viewer.hasRole("teacher")
                    ? Optional.of(card("testikortti-opettaja", "Opettajan kortti", "for a teacher"))
                    : Optional.empty());
        }

        /** Fails for everyone: the page goes on without it. */
        @Bean
        PortalCard failing() {
            return new TestCard(300, viewer -> {
                throw new IllegalStateException("this card is broken");
            });
        }
    }

    record TestCard(int order, java.util.function.Function<PortalViewer, Optional<Component>> body) implements PortalCard {
        @Override
        public Optional<Component> render(PortalViewer viewer) {
            return body.apply(viewer);
        }
    }

    static Component card(String id, String heading, String text) {
        var card = new Div(new H2(heading), new Paragraph(text));
        card.setId(id);
        return card;
    }

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired ApplicationContext spring;
    @LocalServerPort int port;

    RealmFixture realm;
    PortalFamilies families;
    TenantId town;
    VaadinClient vaadin;

    @BeforeAll
    void families() {
        realm = new RealmFixture(realms, keycloak, tenancy);
        town = realm.municipality(registry, migrations, "koti");
        families = PortalFamilies.in(town, spring, realm);
        vaadin = new VaadinClient(port);
    }

    @AfterAll
    void deleteRealms() {
        realm.close();
    }

    private String signIn(String username) {
        return new SignInClient(port).signIn(hostOf(town), username, RealmFixture.PASSWORD);
    }

    @Test
    void aGuardianSeesTheirThreeChildrenAndTheFirstChildsCards() {
        String page = vaadin.render(hostOf(town), "koti", signIn(PortalFamilies.GUARDIAN)).uidl();

        assertThat(page).contains("Hei, Hanna Virtanen").contains("Aino Virtanen").contains("Eetu Virtanen")
                .contains("Helmi Virtanen").contains("about Aino Virtanen").contains("koti/" + families.helmi())
                .doesNotContain("Onni").doesNotContain("Opettajan kortti").contains("Kirjaudu ulos");
    }

    @Test
    void theFrontPageTakesASignedInPersonHome() {
        String page = vaadin.render(hostOf(town), "", signIn(PortalFamilies.GUARDIAN)).uidl();

        assertThat(page).contains("Hei, Hanna Virtanen").doesNotContain("Tervetuloa kuntasi");
    }

    @Test
    void aGuardianSwitchesChildAndTheChoiceStaysForTheSession() {
        String session = signIn(PortalFamilies.GUARDIAN);

        String switched = vaadin.render(hostOf(town), "koti/" + families.helmi(), session).uidl();
        String later = vaadin.render(hostOf(town), "koti", session).uidl();

        assertThat(switched).contains("about Helmi Virtanen").doesNotContain("about Aino");
        assertThat(later).as("the session keeps the chosen child").contains("about Helmi Virtanen");
    }

    @Test
    void anotherFamilysChildIsRefusedEvenThroughTheAddress() {
        String session = signIn(PortalFamilies.GUARDIAN);
        vaadin.render(hostOf(town), "koti/" + families.eetu(), session);

        String page = vaadin.render(hostOf(town), "koti/" + families.onni(), session).uidl();

        assertThat(page).contains("Et voi katsoa tämän oppilaan tietoja").doesNotContain("Onni Korhonen")
                .contains("about Eetu Virtanen");
        assertThat(vaadin.render(hostOf(town), "koti/not-an-id", session).uidl())
                .contains("Et voi katsoa tämän oppilaan tietoja");
    }

    @Test
    void aStudentsPageIsAboutThemselfAndTheirSiblingIsRefused() {
        String session = signIn(PortalFamilies.STUDENT);

        assertThat(vaadin.render(hostOf(town), "koti", session).uidl()).contains("about Eetu Virtanen")
                .doesNotContain("Aino");
        assertThat(vaadin.render(hostOf(town), "koti/" + families.aino(), session).uidl())
                .contains("Et voi katsoa tämän oppilaan tietoja").doesNotContain("Aino Virtanen");
    }

    @Test
    void aTeacherSeesTheCardsOfTheirWorkAndNoStudentsPage() {
        String page = vaadin.render(hostOf(town), "koti", signIn(PortalFamilies.TEACHER)).uidl();

        assertThat(page).contains("Hei, Matti Matikainen").contains("Opettajan kortti").doesNotContain("about ");
    }

    @Test
    void aPrincipalSeesTheAdministrationLinkAndTheCardsOfTheirWork() {
        String page = vaadin.render(hostOf(town), "koti", signIn(PortalFamilies.PRINCIPAL)).uidl();

        assertThat(page).contains("Hei, Riikka Rehtori").contains("Hallinta").contains("kortti-tilannekuva")
                .doesNotContain("Sinulle ei ole tänään mitään uutta");
    }

    @Test
    void someoneWithNoRoleYetIsToldThereIsNothingNew() {
        realm.user(town.slug(), "uusi.ihminen@families.test", "Uusi", "Ihminen");

        String page = vaadin.render(hostOf(town), "koti", signIn("uusi.ihminen@families.test")).uidl();

        assertThat(page).contains("Hei, Uusi Ihminen").contains("Sinulle ei ole tänään mitään uutta")
                .doesNotContain("Hallinta");
    }

    @Test
    void theHomeAndTheFrameSpeakSwedishAndEnglishWhenTheBrowserAsks() {
        String session = signIn(PortalFamilies.GUARDIAN);

        String swedish = new VaadinClient(port, "sv-FI,sv;q=0.9").render(hostOf(town), "koti", session).uidl();
        String english = new VaadinClient(port, "en-GB").render(hostOf(town), "koti", session).uidl();

        assertThat(swedish).contains("Hej, Hanna Virtanen").contains("Logga ut").contains("Hoppa till innehållet");
        assertThat(english).contains("Hello, Hanna Virtanen").contains("Sign out").contains("Skip to content");
    }

    @Test
    void theAnonymousFrontPageSpeaksSwedishAndTheIndexPageSaysSo() {
        var swedish = new VaadinClient(port, "sv");

        assertThat(swedish.render(hostOf(town), "").uidl()).contains("Skolor").contains("Logga in")
                .contains("Hakunilan koulu – grundläggande utbildning");
        assertThat(swedish.get(hostOf(town), "/").body()).contains("lang=\"sv\"");
        assertThat(vaadin.get(hostOf(town), "/").body()).contains("lang=\"fi\"");
    }
}
