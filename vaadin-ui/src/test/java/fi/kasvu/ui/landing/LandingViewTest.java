package fi.kasvu.ui.landing;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@KasvuTest
class LandingViewTest {

    @Autowired
    TenantRegistry registry;

    @Autowired
    TenantMigrations migrations;

    @LocalServerPort
    int port;

    @Test
    void saysWhatKasvuIsAndNamesNoMunicipality() {
        TenantId lahti = TenantFixture.activeMunicipality(registry, migrations, "lahti");

        String page = new VaadinClient(port).render(KasvuTest.BASE_DOMAIN, "").uidl();

        assertThat(page)
                .contains("Kasvu – kuntien kasvatuksen ja opetuksen palvelut")
                .doesNotContain(lahti.slug())
                .doesNotContain(registry.get(lahti).displayName());
    }

    @Test
    void speaksSwedishAndEnglishToBrowsersThatAskForThem() {
        String swedish = new VaadinClient(port, "sv-FI").render(KasvuTest.BASE_DOMAIN, "").uidl();
        String english = new VaadinClient(port, "en-US,en;q=0.8").render(KasvuTest.BASE_DOMAIN, "").uidl();

        assertThat(swedish).contains("Kasvu – kommunernas tjänster för fostran och undervisning")
                .contains("Registrera din kommun i Kasvu").doesNotContain("Rekisteröi kuntasi");
        assertThat(english).contains("Kasvu – education services for municipalities")
                .contains("Register your municipality in Kasvu").doesNotContain("Rekisteröi kuntasi");
    }

    @Test
    void theSignUpPageSpeaksEnglishToo() {
        String english = new VaadinClient(port, "en").render(KasvuTest.BASE_DOMAIN, "signup").uidl();

        assertThat(english).contains("Name of the municipality").contains("Register the municipality")
                .contains("Business ID of the municipality");
    }
}
