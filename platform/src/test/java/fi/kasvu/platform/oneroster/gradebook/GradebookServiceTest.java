package fi.kasvu.platform.oneroster.gradebook;

import static fi.kasvu.platform.oneroster.gradebook.GradebookClient.codeMinor;
import static fi.kasvu.platform.oneroster.gradebook.GradebookClient.json;
import static fi.kasvu.platform.oneroster.gradebook.GradebookClient.list;
import static fi.kasvu.platform.school.SchoolStructureFixture.CITY_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.PlatformTest;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.assessment.AssessmentSummary;
import fi.kasvu.platform.assessment.Assessments;
import fi.kasvu.platform.assessment.NewAssessment;
import fi.kasvu.platform.assessment.ResultEntry;
import fi.kasvu.platform.assessment.ResultRow;
import fi.kasvu.platform.assessment.Scale;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.audit.AuditQuery;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.PersonRegister;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.EnrollmentRegister;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolStructureFixture;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/** The gradebook service over HTTP on real PostgreSQL: reads with the rostering machinery, writes by a learning service. */
@PlatformTest
@Import(GradebookServiceTest.Principals.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradebookServiceTest {

    @TestConfiguration
    static class Principals {
        @Bean
        TestClient testGradebookClient() {
            return new TestClient();
        }
    }

    @Autowired TenantRegistry registry;
    @Autowired TenantMigrations migrations;
    @Autowired TenantContext context;
    @Autowired SchoolDirectory schools;
    @Autowired SchoolCalendar calendar;
    @Autowired ClassDirectory classes;
    @Autowired EnrollmentRegister enrollments;
    @Autowired PersonRegister people;
    @Autowired Assessments assessments;
    @Autowired AuditLog audit;
    @Autowired EntityManager entities;
    @Autowired TransactionTemplate transactions;
    @LocalServerPort int port;

    TenantId tenant;
    SchoolStructureFixture school;
    GradebookClient api;
    AssessmentSummary test;
    String classId;
    String pupil1;
    String pupil2;
    String otherPupil;

    @BeforeAll
    void aClassWithATestAndResults() throws Exception {
        tenant = TenantFixture.activeMunicipality(registry, migrations, "turku");
        try (var bound = context.bind(tenant)) {
            school = new SchoolStructureFixture(schools, calendar, classes, enrollments, people);
            test = assessments.addAssessment(CITY_ADMIN, new NewAssessment(school.class7b, "Koe 1",
                    LocalDate.of(2025, 10, 3), Scale.MARKS, null, null));
            assessments.recordResults(CITY_ADMIN, test.id(), List.of(new ResultEntry(school.pupil1, "7+", "Hyvä"),
                    new ResultEntry(school.pupil2, "9-", null)));
            classId = sourcedId("class_group", school.class7b);
            pupil1 = sourcedId("person", school.pupil1);
            pupil2 = sourcedId("person", school.pupil2);
            otherPupil = sourcedId("person", people.addPerson(CITY_ADMIN, new fi.kasvu.platform.people.NewPerson(
                    "Olli", "Muualta", null, null, null, fi.kasvu.platform.people.Role.STUDENT, school.otherSchool)));
        }
        api = new GradebookClient(port, tenant.slug() + ".kasvu.test", "lms-client");
    }

    @Test
    void aClassesLineItemsAndALineItemsResultsAreServedWithTheScaleAndExactScores() {
        var items = api.get("/classes/" + classId + "/lineItems?filter=title%3D'Koe%201'");
        assertThat(items.statusCode()).isEqualTo(200);
        assertThat(items.headers().firstValue("X-Total-Count")).hasValue("1");
        Map<String, Object> item = list(items, "lineItems").getFirst();
        assertThat(item).containsEntry("sourcedId", test.sourcedId()).containsEntry("title", "Koe 1")
                .containsEntry("assignDate", "2025-10-03T00:00:00Z").containsEntry("resultValueMax", 10.0);
        assertThat(ref(item, "scoreScale")).containsEntry("sourcedId", "kasvu-marks")
                .containsEntry("href", "http://" + tenant.slug() + ".kasvu.test:" + port
                        + "/ims/oneroster/gradebook/v1p2/scoreScales/kasvu-marks");
        assertThat((String) ref(item, "class").get("href")).contains("/ims/oneroster/rostering/v1p2/classes/" + classId);

        var results = api.get("/lineItems/" + test.sourcedId() + "/results?sort=score&orderBy=desc");
        assertThat(list(results, "results")).extracting(r -> r.get("score")).containsExactly(8.75, 7.25);
        assertThat(list(results, "results")).extracting(r -> ref(r, "student").get("sourcedId"))
                .containsExactly(pupil2, pupil1);

        var filtered = api.get("/results?filter=score%3E'8'&fields=sourcedId,score");
        assertThat(list(filtered, "results")).singleElement().satisfies(r -> assertThat(r.keySet())
                .containsExactly("sourcedId", "score"));
        var ofStudent = api.get("/classes/" + classId + "/students/" + pupil1 + "/results");
        assertThat(list(ofStudent, "results")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("comment", "Hyvä").containsEntry("scoreStatus", "fully graded"));
    }

    @Test
    void resultsServedAreAuditedNamingTheClient() {
        api.get("/classes/" + classId + "/students/" + pupil2 + "/results");
        try (var bound = context.bind(tenant)) {
            assertThat(audit.search(CITY_ADMIN, new AuditQuery(school.pupil2, null, GradebookRecord.RESULTS_READ,
                    null, null), 0, 10)).extracting(e -> e.actor()).contains("lms-client");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theScoreScalesListTheirValues() {
        var scales = api.get("/scoreScales");
        assertThat(list(scales, "scoreScales")).extracting(s -> s.get("sourcedId"))
                .containsExactly("kasvu-marks", "kasvu-pass-fail", "kasvu-verbal", "kasvu-whole");
        var marks = json(api.get("/scoreScales/kasvu-marks"));
        @SuppressWarnings("unchecked")
        var values = (List<Map<String, Object>>) ((Map<String, Object>) marks.get("scoreScale")).get("scoreScaleValue");
        assertThat(values).contains(Map.of("itemValueLHS", "7+", "itemValueRHS", "7.25"),
                Map.of("itemValueLHS", "7-", "itemValueRHS", "6.75"), Map.of("itemValueLHS", "7½", "itemValueRHS", "7.5"));
    }

    @Test
    void aLearningServicePutsALineItemAndResultsReplacesThemAndDeletesThem() {
        var created = api.put("/lineItems/lms-quiz-1", Map.of("lineItem", Map.of("sourcedId", "lms-quiz-1",
                "title", "Verkkotesti", "assignDate", "2025-11-10T08:00:00Z", "class", Map.of("sourcedId", classId),
                "scoreScale", Map.of("sourcedId", "kasvu-marks"))));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("lineItem")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("title", "Verkkotesti");
        var replaced = api.put("/lineItems/lms-quiz-1", Map.of("lineItem", Map.of("title", "Verkkotesti 1",
                "assignDate", "2025-11-10", "class", Map.of("sourcedId", classId))));
        assertThat(replaced.statusCode()).isEqualTo(200);

        var result = api.put("/results/lms-r-1", Map.of("result", Map.of("lineItem", Map.of("sourcedId", "lms-quiz-1"),
                "student", Map.of("sourcedId", pupil1), "score", 8.5, "scoreStatus", "fully graded",
                "scoreDate", "2025-11-10", "comment", "Hienoa")));
        assertThat(result.statusCode()).isEqualTo(201);
        assertThat(json(api.get("/results/lms-r-1")).get("result")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("score", 8.5);
        assertThat(teachersGrid("lms-quiz-1")).filteredOn(r -> r.studentId().equals(school.pupil1))
                .extracting(ResultRow::scoreText).containsExactly("8½");

        assertThat(api.delete("/results/lms-r-1").statusCode()).isEqualTo(204);
        assertThat(json(api.get("/results/lms-r-1")).get("result")).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("status", "tobedeleted");
        assertThat(api.delete("/results/lms-r-1").statusCode()).isEqualTo(404);
        assertThat(teachersGrid("lms-quiz-1")).allSatisfy(r -> assertThat(r.score()).isNull());
        assertThat(api.delete("/lineItems/lms-quiz-1").statusCode()).isEqualTo(204);
    }

    @Test
    void dataThatCannotBeTakenIsRefusedNamingTheFieldAndNothingIsWritten() {
        api.put("/lineItems/lms-quiz-2", Map.of("lineItem", Map.of("title", "Testi", "assignDate", "2025-11-12",
                "class", Map.of("sourcedId", classId))));

        var outside = api.put("/results/lms-bad", Map.of("result", Map.of("lineItem", Map.of("sourcedId", "lms-quiz-2"),
                "student", Map.of("sourcedId", pupil1), "score", 11)));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(codeMinor(outside)).containsEntry("imsx_codeMinorFieldName", "score")
                .containsEntry("imsx_codeMinorFieldValue", "invaliddata");
        assertThat((String) json(outside).get("imsx_description")).contains("outside the scale");

        var stranger = api.put("/results/lms-bad", Map.of("result", Map.of("lineItem", Map.of("sourcedId", "lms-quiz-2"),
                "student", Map.of("sourcedId", otherPupil), "score", 8)));
        assertThat(codeMinor(stranger)).containsEntry("imsx_codeMinorFieldName", "student");

        var noClass = api.put("/lineItems/lms-bad", Map.of("lineItem", Map.of("title", "X", "assignDate", "2025-11-12",
                "class", Map.of("sourcedId", "no-such-class"))));
        assertThat(codeMinor(noClass)).containsEntry("imsx_codeMinorFieldName", "class");
        var noTitle = api.put("/lineItems/lms-bad", Map.of("lineItem", Map.of("assignDate", "2025-11-12",
                "class", Map.of("sourcedId", classId))));
        assertThat(codeMinor(noTitle)).containsEntry("imsx_codeMinorFieldName", "title");

        assertThat(api.get("/results/lms-bad").statusCode()).isEqualTo(404);
        assertThat(api.get("/lineItems/lms-bad").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownParentsAndFieldsAreRefusedAsTheRosteringServiceDoes() {
        var unknownClass = api.get("/classes/no-such-class/lineItems");
        assertThat(unknownClass.statusCode()).isEqualTo(404);
        assertThat(codeMinor(unknownClass)).containsEntry("imsx_codeMinorFieldValue", "unknownobject");
        var badFilter = api.get("/lineItems?filter=shoeSize%3D'42'");
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(codeMinor(badFilter)).containsEntry("imsx_codeMinorFieldValue", "invalid_filter_field");
        var badSort = api.get("/results?sort=shoeSize");
        assertThat(codeMinor(badSort)).containsEntry("imsx_codeMinorFieldValue", "invalid_sort_field");
    }

    private List<ResultRow> teachersGrid(String lineItem) {
        try (var bound = context.bind(tenant)) {
            UUID id = transactions.execute(status -> (UUID) entities.createNativeQuery(
                    "SELECT id FROM assessment WHERE source_id = :s", UUID.class).setParameter("s", lineItem)
                    .getSingleResult());
            return assessments.results(CITY_ADMIN, id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String sourcedId(String table, UUID id) {
        return transactions.execute(status -> (String) entities.createNativeQuery("SELECT source_id FROM " + table
                + " WHERE id = :id", String.class).setParameter("id", id).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ref(Map<String, Object> record, String field) {
        return (Map<String, Object>) record.get(field);
    }
}
