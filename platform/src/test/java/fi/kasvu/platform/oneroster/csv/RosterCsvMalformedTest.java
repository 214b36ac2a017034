package fi.kasvu.platform.oneroster.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Malformed imports: each is refused with a report that names the file, the line and the field, and writes nothing;
 * the two that are only unusual (a byte-order mark; quoted commas, quotes and line breaks) are accepted.
 */
@PlatformTest
class RosterCsvMalformedTest {

    private static final String NOTHING = "0 0 0 0 0 0 0 0 0 0 0 0  ";

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantConnections connections;
    @Autowired RosterCsvImport imports;

    TenantId kerava;
    TenantTables tables;

    @BeforeEach
    void municipality() {
        kerava = TenantFixture.activeMunicipality(registry, migrations, "kerava");
        tables = new TenantTables(connections, kerava);
    }

    RosterImportResult importZip(byte[] zip) {
        return imports.importZip(kerava, "rosteri.zip", new ByteArrayInputStream(zip), "kaisa", ImportProgress.NONE);
    }

    RosterImportResult refused(byte[] zip) {
        RosterImportResult result = importZip(zip);
        assertThat(result.state()).isEqualTo(ImportState.REJECTED);
        assertThat(tables.everything()).as("nothing written").isEqualTo(NOTHING);
        assertThat(tables.value("SELECT state FROM roster_import")).isEqualTo("REJECTED");
        return result;
    }

    @Test
    void aZipWithoutManifestIsRefused() {
        var result = refused(ExampleMunicipality.zip().withoutManifest().bytes());

        assertThat(result.problems()).containsExactly(new ImportProblem("manifest.csv", 0, null,
                "the zip has no manifest.csv; OneRoster 1.2 requires one"));
    }

    @Test
    void aManifestOfAnotherVersionOrWithoutAPresentFileIsRefused() {
        var zip = ExampleMunicipality.zip().manifest("oneroster.version", "1.1").mode("demographics.csv", "absent");

        var result = refused(zip.bytes());

        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "manifest.csv oneroster.version: '1.1' is not supported; Kasvu reads 1.2",
                "manifest.csv file.demographics: demographics.csv is in the zip but the manifest says absent");
    }

    @Test
    void wrongOrMissingHeadersAreNamed() {
        var zip = ExampleMunicipality.zip();
        zip.raw("orgs.csv", zip.csv("orgs.csv").replace(",identifier,parentSourcedId", ",parentSourcedId"));
        zip.raw("users.csv", zip.csv("users.csv").replaceFirst("givenName", "givenname"));

        var result = refused(zip.bytes());

        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "orgs.csv:1 identifier: the header has no column identifier",
                "orgs.csv:1 parentSourcedId: column 6 should be identifier; the columns come in the specification's "
                        + "order: sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId",
                "users.csv:1 givenName: the header has no column givenName",
                "users.csv:1 givenname: not a column of users.csv in OneRoster 1.2 (extensions are named metadata.*)");
    }

    @Test
    void badDatesAreNamedByLineAndField() {
        var zip = ExampleMunicipality.zip()
                .row("academicSessions.csv", Map.of("sourcedId", "kevat-2028", "title", "Kevät", "type", "semester",
                        "startDate", "2028-13-01", "endDate", "1.8.2028", "schoolYear", "2028"))
                .row("roles.csv", Map.of("sourcedId", "r-x", "userSourcedId", "ope-1", "roleType", "primary",
                        "role", "teacher", "orgSourcedId", "koulu-1", "beginDate", "2027-08-01", "endDate", "2026-07-31"))
                .row("users.csv", Map.of("sourcedId", "x", "dateLastModified", "eilen", "enabledUser", "true",
                        "givenName", "A", "familyName", "B"));

        var result = refused(zip.bytes());

        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "academicSessions.csv:5 startDate: '2028-13-01' is not a date (YYYY-MM-DD)",
                "academicSessions.csv:5 endDate: '1.8.2028' is not a date (YYYY-MM-DD)",
                "users.csv:6 dateLastModified: 'eilen' is not a date and time (YYYY-MM-DDThh:mm:ss.sssZ)",
                "roles.csv:6 endDate: ends before it begins (2027-08-01)");
    }

    @Test
    void referencesToUnknownSourcedIdsAreNamed() {
        var zip = ExampleMunicipality.zip()
                .row("classes.csv", Map.of("sourcedId", "8b", "title", "8B", "courseSourcedId", "kurssi-luokka7",
                        "classType", "homeroom", "schoolSourcedId", "kunta", "termSourcedIds", "syksy-2026,talvi-2027"))
                .row("enrollments.csv", Map.of("sourcedId", "e-9", "classSourcedId", "7a", "schoolSourcedId", "koulu-1",
                        "userSourcedId", "kummitus", "role", "student"));

        var result = refused(zip.bytes());

        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "classes.csv:4 schoolSourcedId: no school with sourcedId 'kunta' (of type school) in orgs.csv",
                "classes.csv:4 termSourcedIds: no academic session with sourcedId 'talvi-2027' in academicSessions.csv",
                "enrollments.csv:7 userSourcedId: no user with sourcedId 'kummitus' in users.csv");
    }

    @Test
    void duplicateSourcedIdsWithinAFileAreRefused() {
        var zip = ExampleMunicipality.zip()
                .row("orgs.csv", Map.of("sourcedId", "koulu-1", "name", "Toinen koulu", "type", "school"));

        var result = refused(zip.bytes());

        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "orgs.csv:5 sourcedId: the same sourcedId is already on line 3 of this file");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        var zip = ExampleMunicipality.zip();
        byte[] users = zip.csv("users.csv").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[users.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(users, 0, withMark, 3, users.length);
        zip.raw("users.csv", withMark);

        var result = importZip(zip.bytes());

        assertThat(result.problems()).isEmpty();
        assertThat(tables.rows("SELECT source_id FROM person ORDER BY 1"))
                .containsExactly("huoltaja-1", "ope-1", "oppilas-1", "oppilas-2");
    }

    @Test
    void quotedCommasQuotesAndLineBreaksAreAcceptedAndLinesStillCountRight() {
        var zip = ExampleMunicipality.zip();
        String courses = zip.csv("courses.csv") + "kurssi-x,,,lv-2026,\"Kuvataide, \"\"syventävä\"\"\r\nja muotoilu\","
                + "KU8,08,koulu-1,,\r\nkurssi-y,,,lv-2026,Musiikki,MU8,08,koulu-1,,\r\n";
        zip.raw("courses.csv", courses);

        var result = importZip(zip.bytes());
        assertThat(result.problems()).isEmpty();
        assertThat(tables.value("SELECT title FROM course WHERE source_id = 'kurssi-x'"))
                .isEqualTo("Kuvataide, \"syventävä\"\r\nja muotoilu");

        zip.raw("courses.csv", courses + "kurssi-z,,,lv-2026,Käsityö,KS8,08,kummitus,,\r\n");
        var refused = importZip(zip.bytes());
        assertThat(refused.problems()).extracting(ImportProblem::toString).containsExactly(
                "courses.csv:7 orgSourcedId: no org with sourcedId 'kummitus' in orgs.csv");
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithFileLineAndField() {
        var zip = ExampleMunicipality.zip();
        String users = zip.csv("users.csv") + "latin,,,true,,,Väinö,Hämäläinen,,,,,,,,,,,,,,,\r\n";
        zip.raw("users.csv", users.getBytes(StandardCharsets.ISO_8859_1));

        var result = refused(zip.bytes());

        assertThat(result.problems()).extracting(ImportProblem::toString).contains(
                "users.csv:6 givenName: the text is not UTF-8 (save the file as UTF-8)",
                "users.csv:6 familyName: the text is not UTF-8 (save the file as UTF-8)");
    }

    @Test
    void anUnclosedQuoteIsNamed() {
        var zip = ExampleMunicipality.zip();
        zip.raw("orgs.csv", zip.csv("orgs.csv") + "x,,,\"Koulu ilman loppua,school,,\r\n");

        var result = refused(zip.bytes());

        assertThat(result.problems()).extracting(ImportProblem::toString)
                .containsExactly("orgs.csv:5: a quoted field is never closed (a missing \")");
    }

    @Test
    void aZipBombIsStoppedWhileReading() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("manifest.csv"));
            zip.write("propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\nfile.users,bulk\n"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("users.csv"));
            zip.write((String.join(",", RosterFile.USERS.header) + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] rows = "pommi,,,true,,,Pommi,Pommi,,,,,,,,,,,,,,,\n".repeat(1 << 14).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 100; i++) {
                zip.write(rows); // 100 x 640 kB of the same row
            }
            zip.closeEntry();
        }

        var result = refused(bytes.toByteArray());

        assertThat(bytes.size()).as("64 MB in a small zip").isLessThan(300_000);
        assertThat(result.problems()).extracting(ImportProblem::message)
                .containsExactly("the zip inflates more than 100 times its size (a zip bomb?)");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 65; i++) {
                zip.putNextEntry(new ZipEntry("tyhja-" + i + ".txt"));
                zip.closeEntry();
            }
        }

        var result = refused(bytes.toByteArray());

        assertThat(result.problems()).extracting(ImportProblem::message).containsExactly("the zip has more than 64 entries");
    }

    @Test
    void entryNamesOutsideTheZipAreRefused() {
        for (String name : new String[] {"../users.csv", "/etc/passwd", "..\\users.csv", "kansio/../../users.csv"}) {
            var result = importZip(ExampleMunicipality.zip().raw(name, "x").bytes());

            assertThat(result.state()).as(name).isEqualTo(ImportState.REJECTED);
            assertThat(result.problems()).as(name).extracting(ImportProblem::message).singleElement().asString()
                    .contains("an entry whose name points outside the zip");
        }
        assertThat(tables.everything()).isEqualTo(NOTHING);
    }
}
