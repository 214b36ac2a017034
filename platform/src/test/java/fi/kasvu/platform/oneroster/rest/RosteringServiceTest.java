package fi.kasvu.platform.oneroster.rest;

import static fi.kasvu.platform.oneroster.rest.OneRosterClient.codeMinor;
import static fi.kasvu.platform.oneroster.rest.OneRosterClient.encode;
import static fi.kasvu.platform.oneroster.rest.OneRosterClient.json;
import static fi.kasvu.platform.oneroster.rest.OneRosterClient.list;
import static fi.kasvu.platform.oneroster.rest.OneRosterClient.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fi.kasvu.platform.HostClient;
import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The rostering service on real PostgreSQL, with the examples of the specification's paging, filter, sort and fields. */
@PlatformTest
@Import(RosteringServiceTest.Principals.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosteringServiceTest {

    @TestConfiguration
    static class Principals {
        @Bean
        TestClientPrincipal testClientPrincipal() {
            return new TestClientPrincipal();
        }
    }

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantConnections connections;
    @LocalServerPort int port;

    TenantId espoo;
    TenantId oulu;
    OneRosterClient api;
    OneRosterClient ouluApi;

    @BeforeAll
    void twoMunicipalitiesWithRosters() throws SQLException {
        espoo = TenantFixture.activeMunicipality(registry, migrations, "espoo");
        oulu = TenantFixture.activeMunicipality(registry, migrations, "oulu");
        RosterFixture.write(connections, espoo, "espoo");
        RosterFixture.write(connections, oulu, "oulu");
        var hosts = new HostClient(port);
        api = new OneRosterClient(hosts, espoo.slug() + ".kasvu.test", "lms-client");
        ouluApi = new OneRosterClient(hosts, oulu.slug() + ".kasvu.test", "lms-client");
    }

    @Test
    void aPageHasTheLimitTheTotalCountAndLinksToTheOtherPages() {
        var page = api.get("/students?limit=10&offset=10");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Total-Count")).hasValue("34");
        assertThat(values(page, "users", "sourcedId")).containsExactly(ids("espoo-student-", 11, 20));
        String link = page.headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("limit=10&offset=0>; rel=\"first\"", "limit=10&offset=0>; rel=\"prev\"",
                "limit=10&offset=20>; rel=\"next\"", "limit=10&offset=30>; rel=\"last\"");
    }

    @Test
    void theDefaultLimitIsOneHundredAndAnOffsetPastTheEndGivesAnEmptyPage() {
        var all = api.get("/users");
        var past = api.get("/users?offset=500");

        assertThat(list(all, "users")).hasSize(36);
        assertThat(all.headers().firstValue("Link")).isEmpty();
        assertThat(list(past, "users")).isEmpty();
        assertThat(past.headers().firstValue("X-Total-Count")).hasValue("36");
    }

    @Test
    void filtersFollowTheSpecificationsGrammar() {
        var jones = api.get("/users?filter=" + encode("familyName='Virtanen'"));
        var andDate = api.get("/users?filter=" + encode("familyName='Virtanen' AND dateLastModified>'2024-01-20'"));
        var or = api.get("/students?filter=" + encode("givenName='Oppilas1' OR givenName='Oppilas2'"));
        var contains = api.get("/users?filter=" + encode("username~'OPPILAS3'"));
        var notEqual = api.get("/students?filter=" + encode("status!='active'"));

        assertThat(values(jones, "users", "familyName")).hasSize(11).containsOnly("Virtanen");
        assertThat(values(andDate, "users", "sourcedId")).containsExactly(ids("espoo-student-", 21, 33, 3));
        assertThat(values(or, "users", "sourcedId")).containsExactly("espoo-student-01", "espoo-student-02");
        assertThat(values(contains, "users", "sourcedId")).containsExactly("espoo-student-03", "espoo-student-30",
                "espoo-student-31", "espoo-student-32", "espoo-student-33", "espoo-student-34");
        assertThat(values(notEqual, "users", "sourcedId")).containsExactly("espoo-student-30");
    }

    @Test
    void sortAndOrderByOrderThePage() {
        var descending = api.get("/students?sort=givenName&orderBy=desc&limit=3&fields=givenName");

        assertThat(values(descending, "users", "givenName")).containsExactly("Oppilas9", "Oppilas8", "Oppilas7");
    }

    @Test
    void fieldsSelectsWhatEachRecordHolds() {
        var selected = api.get("/classes?fields=sourcedId,title");
        var one = api.get("/classes/espoo-class-7A?fields=title");

        assertThat(list(selected, "classes")).containsExactly(
                Map.of("sourcedId", "espoo-class-7A", "title", "Luokka 7A"),
                Map.of("sourcedId", "espoo-class-7B", "title", "Luokka 7B"));
        assertThat(json(one)).isEqualTo(Map.of("class", Map.of("title", "Luokka 7A")));
    }

    @Test
    void unknownFieldsAndBadSyntaxGetTheSpecificationsErrors() {
        var unknownFilter = api.get("/users?filter=" + encode("shoeSize='42'"));
        var badSyntax = api.get("/users?filter=" + encode("familyName=Virtanen"));
        var unknownSort = api.get("/users?sort=shoeSize");
        var unknownSelection = api.get("/users?fields=sourcedId,shoeSize");
        var badLimit = api.get("/users?limit=-1");

        assertThat(unknownFilter.statusCode()).isEqualTo(400);
        assertThat(codeMinor(unknownFilter)).isEqualTo("invalid_filter_field");
        assertThat(json(unknownFilter)).containsEntry("imsx_codeMajor", "failure").containsEntry("imsx_severity", "error");
        assertThat((String) json(unknownFilter).get("imsx_description")).contains("shoeSize", "familyName");
        assertThat(badSyntax.statusCode()).isEqualTo(400);
        assertThat(codeMinor(badSyntax)).isEqualTo("invalid_filter_field");
        assertThat(unknownSort.statusCode()).isEqualTo(400);
        assertThat(codeMinor(unknownSort)).isEqualTo("invalid_sort_field");
        assertThat(unknownSelection.statusCode()).isEqualTo(400);
        assertThat(codeMinor(unknownSelection)).isEqualTo("invalid_selection_field");
        assertThat(codeMinor(badLimit)).isEqualTo("invalid_selection_field");
    }

    @Test
    void anUnknownSourcedIdIsNotFound() {
        var missing = api.get("/users/nobody");
        var missingParent = api.get("/classes/nothing/students");
        var notAStudent = api.get("/students/espoo-teacher-1");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(codeMinor(missing)).isEqualTo("unknownobject");
        assertThat(missingParent.statusCode()).isEqualTo(404);
        assertThat(notAStudent.statusCode()).isEqualTo(404);
    }

    @Test
    void aClassesStudentsAreItsEnrolledStudentsWithReferences() {
        var students = api.get("/classes/espoo-class-7A/students?limit=100");
        var teachers = api.get("/classes/espoo-class-7A/teachers");
        var inSchool = api.get("/schools/espoo-school-1/classes/espoo-class-7B/students");
        var wrongSchool = api.get("/schools/espoo-school-2/classes/espoo-class-7B/students");

        assertThat(values(students, "users", "sourcedId")).containsExactly(ids("espoo-student-", 1, 30));
        Map<String, Object> first = list(students, "users").getFirst();
        assertThat(first).containsEntry("givenName", "Oppilas1").containsEntry("enabledUser", true)
                .containsEntry("identifier", "1.2.246.562.24.10000000001");
        assertThat(first.get("agents")).isEqualTo(List.of(Map.of("href", "http://" + espoo.slug() + ".kasvu.test:" + port
                + OneRosterResponses.BASE_PATH + "/users/espoo-guardian-1", "sourcedId", "espoo-guardian-1",
                "type", "user")));
        assertThat(first.get("roles").toString()).contains("role=student", "sourcedId=espoo-school-1");
        assertThat(values(teachers, "users", "sourcedId")).containsExactly("espoo-teacher-1");
        assertThat(values(inSchool, "users", "sourcedId")).containsExactly(ids("espoo-student-", 31, 34));
        assertThat(wrongSchool.statusCode()).isEqualTo(404);
    }

    @Test
    void theNestedCollectionsAnswer() {
        assertThat(values(api.get("/schools"), "orgs", "sourcedId")).containsExactly("espoo-school-1", "espoo-school-2");
        assertThat(values(api.get("/orgs"), "orgs", "type")).containsExactly("district", "school", "school");
        assertThat(values(api.get("/terms"), "academicSessions", "sourcedId")).containsExactly("espoo-autumn", "espoo-spring");
        assertThat(values(api.get("/terms/espoo-autumn/gradingPeriods"), "academicSessions", "sourcedId"))
                .containsExactly("espoo-period-1");
        assertThat(values(api.get("/terms/espoo-spring/classes"), "classes", "sourcedId")).hasSize(2);
        assertThat(values(api.get("/courses/espoo-course-ma7/classes"), "classes", "sourcedId")).hasSize(2);
        assertThat(values(api.get("/schools/espoo-school-1/courses"), "courses", "sourcedId")).containsExactly("espoo-course-ma7");
        assertThat(values(api.get("/schools/espoo-school-2/classes"), "classes", "sourcedId")).isEmpty();
        assertThat(api.get("/schools/espoo-school-1/teachers").headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(api.get("/schools/espoo-school-1/students").headers().firstValue("X-Total-Count")).hasValue("34");
        assertThat(api.get("/schools/espoo-school-1/enrollments").headers().firstValue("X-Total-Count")).hasValue("35");
        assertThat(values(api.get("/students/espoo-student-31/classes"), "classes", "sourcedId"))
                .containsExactly("espoo-class-7B");
        assertThat(values(api.get("/teachers/espoo-teacher-1/classes"), "classes", "sourcedId"))
                .containsExactly("espoo-class-7A");
        assertThat(values(api.get("/users/espoo-student-02/classes"), "classes", "sourcedId"))
                .containsExactly("espoo-class-7A");
        assertThat(json(api.get("/academicSessions/espoo-year")).toString()).contains("schoolYear=2025",
                "sourcedId=espoo-autumn", "sourcedId=espoo-district");
        assertThat(json(api.get("/enrollments/espoo-enr-espoo-teacher-1")).toString()).contains("role=teacher",
                "primary=false");
    }

    @Test
    void recordsToBeDeletedAreServedWithTheirStatus() {
        var record = api.get("/users/espoo-student-30");

        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(json(record).toString()).contains("status=tobedeleted");
    }

    @Test
    void eachReadOfDemographicsIsWrittenToTheAuditLogWithTheClient() throws SQLException {
        long before = auditRows(espoo);
        var page = api.get("/demographics?limit=5");
        var one = api.get("/demographics/espoo-student-02");

        assertThat(list(page, "demographics")).hasSize(5);
        assertThat(json(one).toString()).contains("birthDate=2012-01-03", "sex=female");
        assertThat(auditRows(espoo) - before).isEqualTo(6);
        assertThat(lastAuditActor(espoo)).isEqualTo("lms-client");
    }

    @Test
    void noIdentityCodeAndNothingOfAnotherMunicipalityIsEverServed() {
        for (String path : List.of("/users", "/students", "/demographics", "/orgs", "/classes", "/courses",
                "/enrollments?limit=1000", "/academicSessions", "/users/espoo-student-01", "/demographics/espoo-student-01")) {
            String body = api.get(path).body();
            assertThat(body).as(path).doesNotContain("010112A901").doesNotContain("oulu-");
            assertThat(ouluApi.get(path.replace("espoo", "oulu")).body()).as(path).doesNotContain("espoo-");
        }
        assertThat(ouluApi.get("/users/espoo-student-01").statusCode()).isEqualTo(404);
    }

    @Test
    void aRequestWithoutAnAuthenticatedClientIsRefused() {
        var anonymous = new OneRosterClient(new HostClient(port), espoo.slug() + ".kasvu.test", null).get("/users");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(codeMinor(anonymous)).isEqualTo("unauthorisedrequest");
    }

    private long auditRows(TenantId tenant) throws SQLException {
        return connections.withConnection(tenant, c -> {
            try (var rows = c.createStatement().executeQuery(
                    "SELECT count(*) FROM audit_log WHERE action = '" + RosterReader.DEMOGRAPHICS_READ + "'")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private String lastAuditActor(TenantId tenant) throws SQLException {
        return connections.withConnection(tenant, c -> {
            try (var rows = c.createStatement().executeQuery("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")) {
                rows.next();
                return rows.getString(1);
            }
        });
    }

    private static String[] ids(String prefix, int from, int to) {
        return ids(prefix, from, to, 1);
    }

    private static String[] ids(String prefix, int from, int to, int step) {
        var ids = new ArrayList<String>();
        for (int n = from; n <= to; n += step) {
            ids.add(prefix + String.format("%02d", n));
        }
        return ids.toArray(String[]::new);
    }
}
