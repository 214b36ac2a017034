package fi.kasvu.platform.oneroster.gradebook;

import java.util.Map;

import fi.kasvu.platform.oneroster.rest.OneRosterException;
import fi.kasvu.platform.oneroster.rest.OneRosterResponses;
import fi.kasvu.platform.oneroster.rest.RecordKind;
import fi.kasvu.platform.oneroster.rest.SqlCondition;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reads of the OneRoster 1.2 gradebook service, with the rostering service's paging, filter, sort, fields and
 * errors. Nested collections look up their parent when the page is empty, so an unknown parent is a 404.
 */
@RestController
@RequestMapping(GradebookController.BASE_PATH)
class GradebookController {

    static final String BASE_PATH = "/ims/oneroster/gradebook/v1p2";
    static final String ROSTERING = OneRosterResponses.BASE_PATH;
    private static final SqlCondition ALL = SqlCondition.NONE;

    private final OneRosterResponses responses;

    GradebookController(OneRosterResponses responses) {
        this.responses = responses;
    }

    @GetMapping("/categories")
    ResponseEntity<Map<String, Object>> categories(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return page(GradebookRecord.CATEGORIES, ALL, p, r, () -> { });
    }

    @GetMapping("/categories/{id}")
    ResponseEntity<Map<String, Object>> category(@PathVariable String id, @RequestParam(required = false) String fields,
                                                 HttpServletRequest r) {
        return responses.one(BASE_PATH, GradebookRecord.CATEGORIES, ALL, id, "category", fields, r);
    }

    @GetMapping("/lineItems")
    ResponseEntity<Map<String, Object>> lineItems(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return page(GradebookRecord.LINE_ITEMS, ALL, p, r, () -> { });
    }

    @GetMapping("/lineItems/{id}")
    ResponseEntity<Map<String, Object>> lineItem(@PathVariable String id, @RequestParam(required = false) String fields,
                                                 HttpServletRequest r) {
        return responses.one(BASE_PATH, GradebookRecord.LINE_ITEMS, ALL, id, "lineItem", fields, r);
    }

    @GetMapping("/lineItems/{id}/results")
    ResponseEntity<Map<String, Object>> resultsOfLineItem(@PathVariable String id, @RequestParam Map<String, String> p,
                                                          HttpServletRequest r) {
        return page(GradebookRecord.RESULTS, SqlCondition.of("r.\"lineItem.sourcedId\" = ?", id), p, r,
                () -> lineItemExists(id));
    }

    @GetMapping("/results")
    ResponseEntity<Map<String, Object>> results(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return page(GradebookRecord.RESULTS, ALL, p, r, () -> { });
    }

    @GetMapping("/results/{id}")
    ResponseEntity<Map<String, Object>> result(@PathVariable String id, @RequestParam(required = false) String fields,
                                               HttpServletRequest r) {
        return responses.one(BASE_PATH, GradebookRecord.RESULTS, ALL, id, "result", fields, r);
    }

    @GetMapping("/scoreScales")
    ResponseEntity<Map<String, Object>> scoreScales(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return page(GradebookRecord.SCORE_SCALES, ALL, p, r, () -> { });
    }

    @GetMapping("/scoreScales/{id}")
    ResponseEntity<Map<String, Object>> scoreScale(@PathVariable String id, @RequestParam(required = false) String fields,
                                                   HttpServletRequest r) {
        return responses.one(BASE_PATH, GradebookRecord.SCORE_SCALES, ALL, id, "scoreScale", fields, r);
    }

    @GetMapping("/classes/{id}/lineItems")
    ResponseEntity<Map<String, Object>> lineItemsOfClass(@PathVariable String id, @RequestParam Map<String, String> p,
                                                         HttpServletRequest r) {
        return page(GradebookRecord.LINE_ITEMS, SqlCondition.of("r.\"class.sourcedId\" = ?", id), p, r,
                () -> rosterHas("class_group", id, "class"));
    }

    @GetMapping("/classes/{id}/results")
    ResponseEntity<Map<String, Object>> resultsOfClass(@PathVariable String id, @RequestParam Map<String, String> p,
                                                       HttpServletRequest r) {
        return page(GradebookRecord.RESULTS, SqlCondition.of("r.\"class.sourcedId\" = ?", id), p, r,
                () -> rosterHas("class_group", id, "class"));
    }

    @GetMapping("/classes/{classId}/lineItems/{id}/results")
    ResponseEntity<Map<String, Object>> resultsOfLineItemOfClass(@PathVariable String classId, @PathVariable String id,
                                                                 @RequestParam Map<String, String> p,
                                                                 HttpServletRequest r) {
        return page(GradebookRecord.RESULTS, SqlCondition.of("r.\"class.sourcedId\" = ? AND r.\"lineItem.sourcedId\" = ?",
                classId, id), p, r, () -> {
                    rosterHas("class_group", classId, "class");
                    if (!responses.exists(GradebookRecord.LINE_ITEMS, SqlCondition.of("r.\"class.sourcedId\" = ?",
                            classId), id)) {
                        throw OneRosterException.unknown("lineItem", id);
                    }
                });
    }

    @GetMapping("/classes/{classId}/students/{id}/results")
    ResponseEntity<Map<String, Object>> resultsOfStudentInClass(@PathVariable String classId, @PathVariable String id,
                                                                @RequestParam Map<String, String> p,
                                                                HttpServletRequest r) {
        return page(GradebookRecord.RESULTS, SqlCondition.of("r.\"class.sourcedId\" = ? AND r.\"student.sourcedId\" = ?",
                classId, id), p, r, () -> {
                    rosterHas("class_group", classId, "class");
                    rosterHas("person", id, "student");
                });
    }

    @GetMapping("/schools/{id}/lineItems")
    ResponseEntity<Map<String, Object>> lineItemsOfSchool(@PathVariable String id, @RequestParam Map<String, String> p,
                                                          HttpServletRequest r) {
        return page(GradebookRecord.LINE_ITEMS, SqlCondition.of("r.\"school.sourcedId\" = ?", id), p, r,
                () -> rosterHas("school", id, "school"));
    }

    private ResponseEntity<Map<String, Object>> page(RecordKind kind, SqlCondition scope, Map<String, String> p,
                                                     HttpServletRequest r, Runnable parentCheck) {
        return responses.page(BASE_PATH, kind, scope, p, r, parentCheck);
    }

    private void lineItemExists(String id) {
        if (!responses.exists(GradebookRecord.LINE_ITEMS, ALL, id)) {
            throw OneRosterException.unknown("lineItem", id);
        }
    }

    private void rosterHas(String table, String id, String type) {
        if (!responses.inRoster(table, id)) {
            throw OneRosterException.unknown(type, id);
        }
    }
}
