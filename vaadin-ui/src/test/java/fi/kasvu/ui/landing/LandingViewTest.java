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
}
