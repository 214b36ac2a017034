package fi.kasvu.ui.administration;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.Logo;
import fi.kasvu.platform.tenancy.TenancySettings;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.branding.PortalBranding;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.ui.KasvuTest;
import fi.kasvu.ui.RealmFixture;
import fi.kasvu.ui.SignInClient;
import fi.kasvu.ui.VaadinClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration over HTTP, signed in through the municipality's real realm: only its city admins reach it, and
 * what they change shows on the portal's next page.
 */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationAccessTest {

    private static final String CITY_ADMIN = "kaisa.paakayttaja@kasvu.test";
    private static final String TEACHER = "tiina.opettaja@kasvu.test";
    private static final Pattern UPLOAD_TARGET = Pattern.compile("\"target\"[^}]*?\"(VAADIN/dynamic/resource/[^\"]+)\"");
    private static final Pattern LOGO_URL = Pattern.compile("VAADIN/dynamic/resource/[^\"]+");

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired PortalBranding branding;
    @LocalServerPort int port;

    RealmFixture fixture;
    VaadinClient vaadin;
    TenantId kerava;
    String admin;

    @BeforeAll
    void municipalityWithAnAdminAndATeacher() {
        fixture = new RealmFixture(realms, keycloak, tenancy);
        vaadin = new VaadinClient(port);
        kerava = fixture.municipality(registry, migrations, "kerava");
        fixture.user(kerava.slug(), CITY_ADMIN, "Kaisa", "Pääkäyttäjä", "city-admin");
        fixture.user(kerava.slug(), TEACHER, "Tiina", "Opettaja", "teacher");
    }

    @BeforeEach
    void signedInAdminAndNoLogo() {
        admin = new SignInClient(port).signIn(hostOf(kerava), CITY_ADMIN, RealmFixture.PASSWORD);
        branding.removeLogo(kerava);
    }

    @AfterAll
    void deleteRealms() {
        fixture.close();
    }

    @Test
    void aCityAdminIsLedFromThePortalToTheLookAndTheStaffOfTheirMunicipality() {
        assertThat(vaadin.render(hostOf(kerava), "", admin).uidl()).contains(BrandingView.ROUTE).contains("Hallinta");

        assertThat(vaadin.render(hostOf(kerava), BrandingView.ROUTE, admin).uidl())
                .contains("Portaalin ulkoasu").contains("Kunnan nimi").contains(registry.get(kerava).displayName())
                .contains("image/svg+xml");
        assertThat(vaadin.render(hostOf(kerava), StaffView.ROUTE, admin).uidl())
                .contains("Kutsu uusi henkilö").contains("Kaisa Pääkäyttäjä").contains("Tiina Opettaja")
                .contains("Kunnan pääkäyttäjä").contains(CITY_ADMIN);
    }

    @Test
    void aTeacherIsRefusedTheAdministrationAndAVisitorIsSentToSignIn() {
        String teacher = new SignInClient(port).signIn(hostOf(kerava), TEACHER, RealmFixture.PASSWORD);

        for (String route : new String[] {BrandingView.ROUTE, StaffView.ROUTE}) {
            assertThat(vaadin.render(hostOf(kerava), route, teacher).uidl()).as(route)
                    .doesNotContain("Portaalin ulkoasu").doesNotContain("Kutsu uusi henkilö")
                    .doesNotContain(CITY_ADMIN);
            assertThat(vaadin.render(hostOf(kerava), route).uidl()).as(route + " anonymously")
                    .contains("/oauth2/authorization/kasvu").doesNotContain("Kutsu uusi henkilö");
        }
        assertThat(vaadin.render(hostOf(kerava), "", teacher).uidl()).doesNotContain(BrandingView.ROUTE);
    }

    @Test
    void anUploadedPngAndANewColourShowOnThePortalsNextPage() throws IOException {
        byte[] png = png();

        HttpResponse<String> uploaded = upload("kerava.png", "image/png", png);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        branding.rebrand(kerava, "Keravan kaupunki", "Keravan kasvatus ja opetus", "#7a1f5c");
        var portal = vaadin.render(hostOf(kerava), "");
        assertThat(portal.uidl()).contains("#7a1f5c").contains("Keravan kaupunki").contains("Keravan kasvatus ja opetus");
        Matcher logoUrl = LOGO_URL.matcher(portal.uidl());
        assertThat(logoUrl.find()).as("a logo on the portal").isTrue();
        var logo = vaadin.get(hostOf(kerava), "/" + logoUrl.group(), portal.cookie());
        assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(registry.logo(kerava)).map(Logo::bytes).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(png));
    }

    @Test
    void aProgramAPdfAndATooLargeFileAreRefusedWithTheReasonAndTheLogoStays() throws IOException {
        branding.changeLogo(kerava, png());
        byte[] program = new byte[300];
        program[0] = 'M';
        program[1] = 'Z';

        HttpResponse<String> exe = upload("logo.png", "image/png", program);
        HttpResponse<String> pdf = upload("logo.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj << >> endobj\n".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> large = upload("iso.png", "image/png", Arrays.copyOf(png(), 600 * 1024));

        assertThat(exe.statusCode()).isEqualTo(422);
        assertThat(exe.body()).contains("this file is a program");
        assertThat(pdf.statusCode()).isEqualTo(422);
        assertThat(pdf.body()).contains("this file is a PDF document");
        assertThat(large.statusCode()).isEqualTo(422);
        assertThat(large.body()).contains("The logo can be at most 512 KB");
        assertThat(registry.logo(kerava)).map(Logo::mediaType).hasValue("image/png");
    }

    /** Opens the branding page in the admin's session and sends the file to its upload. */
    private HttpResponse<String> upload(String name, String type, byte[] file) {
        var page = vaadin.render(hostOf(kerava), BrandingView.ROUTE, admin);
        Matcher target = UPLOAD_TARGET.matcher(page.uidl());
        assertThat(target.find()).as("the upload's address in " + page.uidl()).isTrue();
        return vaadin.upload(hostOf(kerava), "/" + target.group(1), page.cookie(), name, type, file);
    }

    private static byte[] png() throws IOException {
        var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x7a1f5c);
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
