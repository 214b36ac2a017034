package fi.kasvu.platform.oneroster.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The export is the import's format: exported from one municipality, imported into another, the same data. */
@PlatformTest
class RosterCsvExportTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantConnections connections;
    @Autowired RosterCsvImport imports;
    @Autowired RosterCsvExport exports;

    @Test
    void anExportImportedIntoAnotherMunicipalityGivesTheSameDataAndNoIdentityCodes() throws IOException {
        TenantId vantaa = TenantFixture.activeMunicipality(registry, migrations, "vantaa");
        TenantId espoo = TenantFixture.activeMunicipality(registry, migrations, "espoo");
        assertThat(imports.importZip(vantaa, "a.zip", new ByteArrayInputStream(ExampleMunicipality.zip().bytes()),
                "kaisa", ImportProgress.NONE).problems()).isEmpty();

        byte[] fromVantaa = export(vantaa);
        RosterImportResult intoEspoo = imports.importZip(espoo, "vantaa.zip", new ByteArrayInputStream(fromVantaa),
                "kaisa", ImportProgress.NONE);
        byte[] fromEspoo = export(espoo);

        assertThat(intoEspoo.problems()).isEmpty();
        Map<String, String> vantaaFiles = entries(fromVantaa);
        assertThat(vantaaFiles.keySet()).containsExactly("manifest.csv", "orgs.csv", "academicSessions.csv",
                "courses.csv", "classes.csv", "users.csv", "roles.csv", "enrollments.csv", "demographics.csv");
        assertThat(entries(fromEspoo)).isEqualTo(vantaaFiles);
        assertThat(vantaaFiles.get("manifest.csv")).contains("file.users,bulk\r\n").contains("oneroster.version,1.2");
        assertThat(vantaaFiles.get("classes.csv")).contains(
                "ma-7a,,,Matematiikka 7A,07,kurssi-ma7,MA7A,scheduled,\"Luokka 105, 1. krs\",koulu-1,syksy-2026,"
                        + "Matematiikka,MA,\"1,2\"\r\n");
        assertThat(vantaaFiles.get("users.csv")).contains("huoltaja-1,,,true,,,Hanna,Huoltaja,,,hanna@example.test,,"
                + "+358401234567,\"oppilas-1,oppilas-2\",,,,,,,,,\r\n");
        assertThat(String.join("", vantaaFiles.values())).doesNotContain(ExampleMunicipality.AINO_HETU)
                .doesNotContain("HETU");
        var espooTables = new TenantTables(connections, espoo);
        var vantaaTables = new TenantTables(connections, vantaa);
        assertThat(espooTables.count("person_identity_code")).isZero();
        String people = "SELECT p.source_id, p.given_name, p.family_name, d.birth_date FROM person p "
                + "LEFT JOIN demographics d ON d.person_id = p.id ORDER BY 1";
        assertThat(espooTables.rows(people)).isEqualTo(vantaaTables.rows(people)).hasSize(4);
        String guardianships = "SELECT g.source_id, s.source_id, x.relation FROM guardianship x "
                + "JOIN person g ON g.id = x.guardian_id JOIN person s ON s.id = x.student_id ORDER BY 1, 2";
        assertThat(espooTables.rows(guardianships)).isEqualTo(vantaaTables.rows(guardianships)).hasSize(2);
    }

    private byte[] export(TenantId tenant) throws IOException {
        var out = new ByteArrayOutputStream();
        exports.exportZip(tenant, out);
        return out.toByteArray();
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
