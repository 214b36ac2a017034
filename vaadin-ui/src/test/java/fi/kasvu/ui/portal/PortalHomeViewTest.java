package fi.kasvu.ui.portal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.tenancy.Branding;
import fi.kasvu.platform.tenancy.Logo;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

@KasvuTest
class PortalHomeViewTest {

    private static final Pattern LOGO_URL = Pattern.compile("VAADIN/dynamic/resource/[^\"]+");

    @Autowired
    TenantRegistry registry;

    @Autowired
    TenantMigrations migrations;

    @Autowired
    TenantContext context;

    @Autowired
    SchoolDirectory schools;

    @LocalServerPort
    int port;

    VaadinClient client;
    TenantId kerava;

    @BeforeEach
    void municipality() {
        client = new VaadinClient(port);
        kerava = TenantFixture.activeMunicipality(registry, migrations, "kerava");
        registry.rebrand(kerava, new Branding("Keravan kasvatus ja opetus", "#7a1f5c"));
    }

    @Test
    void showsTheMunicipalitysNameAndSchoolsInItsColours() {
        context.runAs(kerava, () -> {
            schools.addSchool("Savion koulu", SchoolKind.BASIC);
            schools.addSchool("Keravan lukio", SchoolKind.UPPER_SECONDARY);
        });

        String page = client.render(hostOf(kerava), "").uidl();

        assertThat(page)
                .contains("Keravan kasvatus ja opetus")
                .contains("Savion koulu – perusopetus")
                .contains("Keravan lukio – lukio")
                .contains("--lumo-primary-color").contains("#7a1f5c");
    }

    @Test
    void showsOnlyItsOwnMunicipalitysSchools() {
        TenantId tuusula = TenantFixture.activeMunicipality(registry, migrations, "tuusula");
        context.runAs(kerava, () -> schools.addSchool("Ahjon koulu", SchoolKind.BASIC));
        context.runAs(tuusula, () -> schools.addSchool("Hyrylän koulu", SchoolKind.BASIC));

        String page = client.render(hostOf(kerava), "").uidl();

        assertThat(page).contains("Ahjon koulu").doesNotContain("Hyrylän koulu");
    }

    @Test
    void saysSoWhenTheMunicipalityHasNoSchoolsYet() {
        assertThat(client.render(hostOf(kerava), "").uidl()).contains("Kunnan kouluja ei ole vielä lisätty Kasvuun.");
    }

    @Test
    void servesTheLogoWithAPolicyThatKeepsItsScriptsFromRunning() {
        // the upload refuses an SVG with a script, so the registry is given one directly, as an older upload might be
        registry.changeLogo(kerava, new Logo("image/svg+xml",
                "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)));
        var rendered = client.render(hostOf(kerava), "");
        var logoUrl = LOGO_URL.matcher(rendered.uidl());
        assertThat(logoUrl.find()).as("a logo on the page").isTrue();

        var logo = client.get(hostOf(kerava), "/" + logoUrl.group(), rendered.cookie());

        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(logo.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'none'").contains("sandbox");
    }
}
