package fi.kasvu.platform.oneroster.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bulk and delta imports of OneRoster 1.2 CSV zips into a municipality, on real PostgreSQL. */
@PlatformTest
class RosterCsvImportTest {

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantConnections connections;
    @Autowired RosterCsvImport imports;

    TenantId vantaa;
    TenantTables tables;

    @BeforeEach
    void municipality() {
        vantaa = TenantFixture.activeMunicipality(registry, migrations, "vantaa");
        tables = new TenantTables(connections, vantaa);
    }

    RosterImportResult importZip(RosterZip zip) {
        return imports.importZip(vantaa, "rosteri.zip", new ByteArrayInputStream(zip.bytes()), "kaisa", ImportProgress.NONE);
    }

    @Test
    void theSpecificationsExampleShapesBringTheWholeMunicipalityIn() {
        RosterImportResult result = importZip(ExampleMunicipality.zip());

        assertThat(result.problems()).isEmpty();
        assertThat(result.state()).isEqualTo(ImportState.APPLIED);
        assertThat(result.rows()).containsEntry("users.csv", 4L).containsEntry("enrollments.csv", 5L);
        assertThat(tables.rows("SELECT source_id, name, type, identifier FROM org"))
                .containsExactly("kunta|Vantaan kaupunki|district|0092");
        assertThat(tables.rows("SELECT s.source_id, s.name, s.kind, o.source_id FROM school s JOIN org o ON o.id = s.org_id "
                + "ORDER BY 1")).containsExactly("koulu-1|Tikkurilan koulu|BASIC|kunta",
                "lukio-1|Tikkurilan lukio|UPPER_SECONDARY|kunta");
        assertThat(tables.rows("SELECT a.source_id, a.start_date, a.end_date, a.school_year, p.source_id "
                + "FROM academic_session a LEFT JOIN academic_session p ON p.id = a.parent_id ORDER BY 1"))
                .containsExactly("kevat-2027|2027-01-01|2027-07-31|2027|lv-2026", "lv-2026|2026-08-01|2027-07-31|2027|",
                        "syksy-2026|2026-08-01|2026-12-31|2027|lv-2026");
        assertThat(tables.rows("SELECT c.source_id, c.class_type, c.location, c.periods::text, "
                + "(SELECT string_agg(a.source_id, ',' ORDER BY a.source_id) FROM class_term t "
                + "JOIN academic_session a ON a.id = t.session_id WHERE t.class_id = c.id) FROM class_group c ORDER BY 1"))
                .containsExactly("7a|homeroom|Luokka 201|{}|kevat-2027,syksy-2026",
                        "ma-7a|scheduled|Luokka 105, 1. krs|{1,2}|syksy-2026");
        assertThat(tables.rows("SELECT p.source_id, p.given_name, p.middle_name, p.username, s.source_id, p.grades::text "
                + "FROM person p LEFT JOIN school s ON s.id = p.primary_school_id ORDER BY 1")).containsExactly(
                "huoltaja-1|Hanna||||{}", "ope-1|Tiina||tiina.opettaja|koulu-1|{}",
                "oppilas-1|Aino||aino.oppilas|koulu-1|{07}", "oppilas-2|Eino|Ilmari|eino.oppilas|koulu-1|{07}");
        assertThat(tables.rows("SELECT g.source_id, s.source_id, relation FROM guardianship x JOIN person g ON "
                + "g.id = x.guardian_id JOIN person s ON s.id = x.student_id ORDER BY 2"))
                .containsExactly("huoltaja-1|oppilas-1|guardian", "huoltaja-1|oppilas-2|guardian");
        assertThat(tables.rows("SELECT p.source_id, c.code FROM person_identity_code c JOIN person p ON p.id = c.person_id"))
                .containsExactly("oppilas-1|" + ExampleMunicipality.AINO_HETU);
        assertThat(tables.rows("SELECT p.source_id, d.birth_date, d.sex, d.country_of_birth FROM demographics d "
                + "JOIN person p ON p.id = d.person_id ORDER BY 1"))
                .containsExactly("oppilas-1|2013-03-15||", "oppilas-2|2013-05-04|male|FI");
        assertThat(tables.rows("SELECT r.source_id, r.role, s.source_id, o.source_id FROM person_role r "
                + "LEFT JOIN school s ON s.id = r.school_id LEFT JOIN org o ON o.id = r.org_id ORDER BY 1"))
                .containsExactly("r-huoltaja-1|guardian||kunta", "r-ope-1|teacher|koulu-1|",
                        "r-oppilas-1|student|koulu-1|", "r-oppilas-2|student|koulu-1|");
        assertThat(tables.rows("SELECT e.source_id, c.source_id, p.source_id, e.role, e.is_primary, e.begin_date, "
                + "e.end_date FROM enrollment e JOIN class_group c ON c.id = e.class_id JOIN person p ON p.id = e.person_id "
                + "WHERE e.source_id IN ('e-1', 'e-5') ORDER BY 1"))
                .containsExactly("e-1|7a|ope-1|teacher|t||", "e-5|ma-7a|oppilas-1|student|f|2026-08-10|2026-12-20");
        assertThat(tables.rows("SELECT state, mode, actor, report ->> 'problemCount' FROM roster_import"))
                .containsExactly("APPLIED|bulk|kaisa|0");
        assertThat(tables.rows("SELECT actor, action FROM audit_log")).containsExactly("kaisa|oneroster-csv-import");
    }

    @Test
    void importingTheSameZipAgainWritesNothing() {
        byte[] zip = ExampleMunicipality.zip().bytes();
        RosterImportResult first = imports.importZip(vantaa, "a.zip", new ByteArrayInputStream(zip), "kaisa",
                ImportProgress.NONE);
        String before = tables.everything();

        RosterImportResult second = imports.importZip(vantaa, "a.zip", new ByteArrayInputStream(zip), "kaisa",
                ImportProgress.NONE);

        assertThat(first.totalChanges()).isGreaterThan(20);
        assertThat(second.state()).isEqualTo(ImportState.APPLIED);
        assertThat(second.changes()).allSatisfy((table, count) -> assertThat(count).as(table).isZero());
        assertThat(tables.everything()).isEqualTo(before);
    }

    @Test
    void aBulkFileMarksWhatItNoLongerListsToBeDeletedAndChangesWhatDiffers() {
        importZip(ExampleMunicipality.zip());
        var smaller = RosterZip.bulk();
        // a bulk enrollments.csv without e-3 and with e-2 ended; everything else absent
        smaller.row("enrollments.csv", Map.of("sourcedId", "e-1", "classSourcedId", "7a", "schoolSourcedId", "koulu-1",
                "userSourcedId", "ope-1", "role", "teacher", "primary", "true"));
        smaller.row("enrollments.csv", Map.of("sourcedId", "e-2", "classSourcedId", "7a", "schoolSourcedId", "koulu-1",
                "userSourcedId", "oppilas-1", "role", "student", "endDate", "2026-12-31"));

        RosterImportResult result = importZip(smaller);

        assertThat(result.problems()).isEmpty();
        assertThat(result.changes()).containsEntry("enrollment", 4L); // e-2 changed; e-3, e-4, e-5 marked
        assertThat(tables.rows("SELECT source_id, status, end_date FROM enrollment ORDER BY 1")).containsExactly(
                "e-1|active|", "e-2|active|2026-12-31", "e-3|tobedeleted|", "e-4|tobedeleted|", "e-5|tobedeleted|2026-12-20");
        assertThat(tables.count("person WHERE status = 'active'")).isEqualTo(4);
    }

    @Test
    void aDeltaFileAppliesItsActiveAndTobedeletedRowsAndLeavesTheRest() {
        importZip(ExampleMunicipality.zip());
        var delta = RosterZip.bulk().mode("users.csv", "delta").mode("enrollments.csv", "delta")
                .row("users.csv", Map.of("sourcedId", "oppilas-3", "status", "active",
                        "dateLastModified", "2026-11-28T10:00:00.000Z", "enabledUser", "true", "givenName", "Veeti",
                        "familyName", "Uusi", "primaryOrgSourcedId", "koulu-1"))
                .row("users.csv", Map.of("sourcedId", "ope-1", "status", "active", "enabledUser", "true",
                        "username", "tiina.opettaja", "givenName", "Tiina", "familyName", "Opettaja-Virtanen",
                        "primaryOrgSourcedId", "koulu-1", "email", "tiina.opettaja@vantaa.test"))
                .row("users.csv", Map.of("sourcedId", "oppilas-2", "status", "tobedeleted"))
                .row("enrollments.csv", Map.of("sourcedId", "e-6", "status", "active", "classSourcedId", "7a",
                        "schoolSourcedId", "koulu-1", "userSourcedId", "oppilas-3", "role", "student"))
                .row("enrollments.csv", Map.of("sourcedId", "e-3", "status", "tobedeleted"));

        RosterImportResult result = importZip(delta);

        assertThat(result.problems()).isEmpty();
        assertThat(result.state()).isEqualTo(ImportState.APPLIED);
        assertThat(tables.rows("SELECT source_id, family_name, status FROM person ORDER BY 1")).containsExactly(
                "huoltaja-1|Huoltaja|active", "ope-1|Opettaja-Virtanen|active", "oppilas-1|Oppilas|active",
                "oppilas-2|Oppilas|tobedeleted", "oppilas-3|Uusi|active");
        assertThat(tables.rows("SELECT source_id, status FROM enrollment ORDER BY 1")).containsExactly("e-1|active",
                "e-2|active", "e-3|tobedeleted", "e-4|active", "e-5|active", "e-6|active");
        assertThat(tables.count("guardianship")).as("a delta adds guardianships, never drops them").isEqualTo(2);
        assertThat(tables.rows("SELECT mode FROM roster_import WHERE report ->> 'problemCount' = '0' ORDER BY started_at"))
                .containsExactly("bulk", "delta");
    }

    @Test
    void oneBadRowAnywhereAppliesNothingAndTheReportNamesFileLineAndField() {
        importZip(ExampleMunicipality.zip());
        String before = tables.everything();
        var changed = ExampleMunicipality.zip()
                .row("users.csv", Map.of("sourcedId", "oppilas-9", "enabledUser", "true", "givenName", "Uusi",
                        "familyName", "Oppilas"))
                .row("enrollments.csv", Map.of("sourcedId", "e-9", "classSourcedId", "9z", "schoolSourcedId", "koulu-1",
                        "userSourcedId", "oppilas-9", "role", "student"));

        RosterImportResult result = importZip(changed);

        assertThat(result.state()).isEqualTo(ImportState.REJECTED);
        assertThat(result.problems()).containsExactly(new ImportProblem("enrollments.csv", 7, "classSourcedId",
                "no class with sourcedId '9z' in classes.csv"));
        assertThat(result.totalChanges()).isZero();
        assertThat(tables.everything()).isEqualTo(before);
        assertThat(tables.rows("SELECT state, report -> 'problems' -> 0 ->> 'message' FROM roster_import "
                + "ORDER BY started_at DESC LIMIT 1")).containsExactly("REJECTED|no class with sourcedId '9z' in classes.csv");
    }

    @Test
    void anIdentityCodeIsValidatedAndNeverRepeatedInTheReport() {
        String wrong = IdentityCodes.wrongCheck(ExampleMunicipality.AINO_HETU);
        var zip = ExampleMunicipality.zip();
        zip.row("users.csv", Map.of("sourcedId", "oppilas-8", "enabledUser", "true", "givenName", "Aada",
                "familyName", "Virhe", "userIds", "{LDAP:aada},{HETU:" + wrong + "}"));

        RosterImportResult result = importZip(zip);

        assertThat(result.problems()).containsExactly(new ImportProblem("users.csv", 6, "userIds",
                "the identity code's check character does not match"));
        String stored = tables.value("SELECT report::text FROM roster_import");
        assertThat(stored).doesNotContain(wrong).doesNotContain(wrong.substring(0, 10))
                .doesNotContain(ExampleMunicipality.AINO_HETU);
        assertThat(tables.count("person_identity_code")).isZero();
    }

    @Test
    void theSameIdentityCodeOnTwoUsersIsRefusedWithoutShowingIt() {
        var zip = ExampleMunicipality.zip();
        zip.row("users.csv", Map.of("sourcedId", "oppilas-7", "enabledUser", "true", "givenName", "Aino",
                "familyName", "Kaksoisolento", "userIds", "{HETU:" + ExampleMunicipality.AINO_HETU + "}"));

        RosterImportResult result = importZip(zip);

        assertThat(result.problems()).extracting(ImportProblem::toString).containsExactly(
                "users.csv:6 userIds: another user already has this identity code (HETU) in this file");
        assertThat(tables.value("SELECT report::text FROM roster_import")).doesNotContain(ExampleMunicipality.AINO_HETU);
    }

    @Test
    void progressIsToldPhaseByPhaseAndTheHistoryKeepsEachImport() {
        List<String> seen = new ArrayList<>();
        imports.importZip(vantaa, "eka.zip", new ByteArrayInputStream(ExampleMunicipality.zip().bytes()), "kaisa",
                (phase, subject, rows) -> seen.add(phase + " " + subject + " " + rows));
        importZip(RosterZip.bulk().withoutManifest().raw("users.csv", "x"));
        assertThat(imports.history(vantaa, 1).getFirst().problemCount()).isEqualTo(2);

        assertThat(seen).contains("READING users.csv 4", "READING enrollments.csv 5", "CHECKING  0",
                "APPLYING enrollment 5", "DONE APPLIED 24");
        assertThat(seen.getLast()).startsWith("DONE");
        var history = imports.history(vantaa, 10);
        assertThat(history).extracting(RosterImportSummary::fileName, RosterImportSummary::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rosteri.zip", ImportState.REJECTED),
                        org.assertj.core.groups.Tuple.tuple("eka.zip", ImportState.APPLIED));
        var rejected = imports.result(vantaa, history.getFirst().id()).orElseThrow();
        assertThat(rejected.problems()).extracting(ImportProblem::toString).containsExactly(
                "users.csv:1: the first line is not the header of users.csv in OneRoster 1.2: "
                        + String.join(",", RosterFile.USERS.header),
                "manifest.csv: the zip has no manifest.csv; OneRoster 1.2 requires one");
        assertThat(imports.result(vantaa, history.getLast().id()).orElseThrow().rows()).containsEntry("orgs.csv", 3L);
    }
}
