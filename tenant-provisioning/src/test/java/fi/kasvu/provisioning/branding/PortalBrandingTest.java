package fi.kasvu.provisioning.branding;

import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.Logo;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.ProvisioningTestApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the real registry: what a city admin changes is what the next page of the portal reads. */
@SpringBootTest(classes = ProvisioningTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class PortalBrandingTest {

    @Autowired PortalBranding branding;
    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;

    TenantId tenant;

    @BeforeEach
    void municipality() {
        tenant = TenantFixture.activeMunicipality(registry, migrations, "brand");
        registry.require(tenant); // cached on this node, as a request would leave it
    }

    @Test
    void newNamesAndColourAreWhatTheNextRequestReads() {
        branding.rebrand(tenant, " Keravan kaupunki ", "Keravan kasvatus ja opetus", "#7A1F5C");

        var changed = registry.require(tenant);
        assertThat(changed.displayName()).isEqualTo("Keravan kaupunki");
        assertThat(changed.branding().name()).isEqualTo("Keravan kasvatus ja opetus");
        assertThat(changed.branding().primaryColour()).isEqualTo("#7a1f5c");
        assertThat(branding.look(tenant)).isEqualTo(new PortalLook("Keravan kaupunki", "Keravan kasvatus ja opetus",
                "#7a1f5c", false));
    }

    @Test
    void aBadColourOrMissingNamesAreRefusedFieldByFieldAndNothingChanges() {
        PortalLook before = branding.look(tenant);

        assertThatThrownBy(() -> branding.rebrand(tenant, "", " ", "punainen"))
                .isInstanceOfSatisfying(InvalidBrandingException.class, refused -> assertThat(refused.problems())
                        .extracting(InvalidBrandingException.FieldProblem::field)
                        .containsExactly("displayName", "brandName", "primaryColour"));
        assertThatThrownBy(() -> branding.rebrand(tenant, "Kerava", "Kerava", "#12345"))
                .isInstanceOfSatisfying(InvalidBrandingException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .isEqualTo("Write the colour as #rrggbb, for example #1a5fb4.")));

        assertThat(branding.look(tenant)).isEqualTo(before);
    }

    @Test
    void anUploadedPngBecomesTheLogoAndCanBeRemoved() {
        byte[] png = LogoFixture.png();

        branding.changeLogo(tenant, png);

        assertThat(registry.logo(tenant)).hasValueSatisfying(logo -> {
            assertThat(logo.mediaType()).isEqualTo("image/png");
            assertThat(logo.bytes()).isEqualTo(png);
        });
        assertThat(branding.look(tenant).hasLogo()).isTrue();

        branding.removeLogo(tenant);

        assertThat(registry.logo(tenant)).isEmpty();
    }

    @Test
    void aPdfAProgramOrATooLargeFileLeavesTheLogoAsItWas() {
        branding.changeLogo(tenant, LogoFixture.svg());

        for (byte[] refused : new byte[][] {LogoFixture.pdf(), LogoFixture.windowsProgram(), LogoFixture.tooLarge()}) {
            assertThatThrownBy(() -> branding.changeLogo(tenant, refused)).isInstanceOf(InvalidBrandingException.class);
        }

        assertThat(registry.logo(tenant)).map(Logo::mediaType).hasValue("image/svg+xml");
    }
}
