package fi.kasvu.ui.oneroster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.oneroster.csv.ImportState;
import fi.kasvu.platform.oneroster.csv.RosterCsvImport;
import fi.kasvu.platform.oneroster.csv.RosterImportSummary;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import static fi.kasvu.ui.VaadinClient.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OneRoster page over HTTP, signed in through the municipality's real realm: a city admin uploads a zip, it is
 * imported off the request thread, and the page then shows the import in its history and offers the export; a
 * teacher never reaches it.
 */
@KasvuTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneRosterAccessTest {

    private static final String CITY_ADMIN = "olli.paakayttaja@kasvu.test";
    private static final String TEACHER = "outi.opettaja@kasvu.test";
    private static final Pattern UPLOAD_TARGET = Pattern.compile("\"target\"[^}]*?\"(VAADIN/dynamic/resource/[^\"]+)\"");
    private static final Pattern RESOURCE = Pattern.compile("VAADIN/dynamic/resource/[^\"]+");

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantRealms realms;
    @Autowired ManagedKeycloak keycloak;
    @Autowired TenancySettings tenancy;
    @Autowired RosterCsvImport imports;
    @LocalServerPort int port;

    RealmFixture fixture;
    VaadinClient vaadin;
    TenantId tuusula;
    String admin;

    @BeforeAll
    void municipalityWithAnAdminAndATeacher() {
        fixture = new RealmFixture(realms, keycloak, tenancy);
        vaadin = new VaadinClient(port);
        tuusula = fixture.municipality(registry, migrations, "tuusula");
        fixture.user(tuusula.slug(), CITY_ADMIN, "Olli", "Pääkäyttäjä", "city-admin");
        fixture.user(tuusula.slug(), TEACHER, "Outi", "Opettaja", "teacher");
        admin = new SignInClient(port).signIn(hostOf(tuusula), CITY_ADMIN, RealmFixture.PASSWORD);
    }

    @AfterAll
    void deleteRealms() {
        fixture.close();
    }

    @Test
    void aCityAdminUploadsAZipSeesItInTheHistoryAndDownloadsTheExport() throws IOException {
        var page = vaadin.render(hostOf(tuusula), OneRosterView.ROUTE, admin);
        assertThat(page.uidl()).contains("OneRoster-tuonti ja -vienti").contains("Valitse zip-tiedosto...")
                .contains("{HETU:010106A9012}").contains("Lataa kunnan nykyiset tiedot OneRoster-zipinä");
        Matcher target = UPLOAD_TARGET.matcher(page.uidl());
        assertThat(target.find()).as("the upload's address").isTrue();

        HttpResponse<String> uploaded = vaadin.upload(hostOf(tuusula), "/" + target.group(1), page.cookie(),
                "tuusula-rosteri.zip", "application/zip", zip());

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        RosterImportSummary done = finished("tuusula-rosteri.zip");
        assertThat(done.state()).isEqualTo(ImportState.APPLIED);
        assertThat(done.actor()).isEqualTo(CITY_ADMIN);
        var again = vaadin.render(hostOf(tuusula), OneRosterView.ROUTE, admin);
        assertThat(again.uidl()).contains("tuusula-rosteri.zip").contains("Tuotu").contains("Aiemmat tuonnit");

        List<String> resources = new ArrayList<>();
        Matcher resource = RESOURCE.matcher(again.uidl());
        while (resource.find()) {
            resources.add(resource.group());
        }
        Matcher upload = UPLOAD_TARGET.matcher(again.uidl());
        assertThat(upload.find()).isTrue();
        resources.remove(upload.group(1));
        assertThat(resources).as("the export's link").isNotEmpty();
        var export = vaadin.get(hostOf(tuusula), "/" + resources.getFirst(), again.cookie());
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).startsWith("PK").contains("manifest.csv").contains("users.csv");
    }

    @Test
    void aBrokenZipIsRejectedAndShownSoInTheHistory() {
        var page = vaadin.render(hostOf(tuusula), OneRosterView.ROUTE, admin);
        Matcher target = UPLOAD_TARGET.matcher(page.uidl());
        assertThat(target.find()).isTrue();

        vaadin.upload(hostOf(tuusula), "/" + target.group(1), page.cookie(), "rikki.zip", "application/zip",
                "tämä ei ole zip".getBytes(StandardCharsets.UTF_8));

        RosterImportSummary done = finished("rikki.zip");
        assertThat(done.state()).isEqualTo(ImportState.REJECTED);
        assertThat(imports.result(tuusula, done.id()).orElseThrow().problems().getFirst().message())
                .isEqualTo("the file is not a zip, or the zip is empty");
        assertThat(vaadin.render(hostOf(tuusula), OneRosterView.ROUTE, admin).uidl()).contains("rikki.zip")
                .contains("Hylätty");
    }

    @Test
    void aTeacherIsRefusedThePageAndAVisitorIsSentToSignIn() {
        String teacher = new SignInClient(port).signIn(hostOf(tuusula), TEACHER, RealmFixture.PASSWORD);

        assertThat(vaadin.render(hostOf(tuusula), OneRosterView.ROUTE, teacher).uidl())
                .doesNotContain("OneRoster-tuonti ja -vienti").doesNotContain("Valitse zip-tiedosto...");
        assertThat(vaadin.render(hostOf(tuusula), OneRosterView.ROUTE).uidl()).contains("/oauth2/authorization/kasvu")
                .doesNotContain("Valitse zip-tiedosto...");
    }

    private RosterImportSummary finished(String fileName) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var found = imports.history(tuusula, 20).stream()
                    .filter(summary -> summary.fileName().equals(fileName) && summary.state() != ImportState.RUNNING)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(fileName + " was not imported within a minute");
    }

    /** A district, a school and one of its teachers, as a OneRoster 1.2 bulk zip. */
    private static byte[] zip() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            put(zip, "manifest.csv", "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n"
                    + "file.orgs,bulk\nfile.users,bulk\n");
            put(zip, "orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                    + "tuusula,,,Tuusulan kunta,district,,\nkoulu,,,Hyrylän koulu,school,,tuusula\n");
            put(zip, "users.csv", "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
                    + "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,userMasterIdentifier,"
                    + "resourceSourcedIds,preferredGivenName,preferredMiddleName,preferredFamilyName,"
                    + "primaryOrgSourcedId,pronouns\n"
                    + "ope,,,true,outi,,Outi,Opettaja,,,,,,,,,,,,,,koulu,\n");
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
