package fi.kasvu.platform.oneroster.rest;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A school's part of the rostering service: the school, its classes, courses, enrollments, students, teachers and
 * terms, and a class of the school with its enrollments, students and teachers (404 when the class is another
 * school's). A school's students and teachers are those with that role in the school. Terms belong to the
 * municipality, so every school has all of them.
 */
@RestController
@RequestMapping(OneRosterResponses.BASE_PATH + "/schools")
class SchoolRosteringController {

    private static final SqlCondition SCHOOLS = SqlCondition.of("r.\"type\" = 'school'");

    private final OneRosterResponses responses;
    private final RosterReader reader;

    SchoolRosteringController(OneRosterResponses responses) {
        this.responses = responses;
        this.reader = responses.reader();
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> schools(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.ORGS, SCHOOLS, p, r);
    }

    @GetMapping("/{id}")
    ResponseEntity<Map<String, Object>> school(@PathVariable String id, @RequestParam(required = false) String fields,
                                               HttpServletRequest r) {
        return responses.one(Resource.ORGS, SCHOOLS, id, "school", fields, r);
    }

    @GetMapping("/{id}/classes")
    ResponseEntity<Map<String, Object>> classes(@PathVariable String id, @RequestParam Map<String, String> p,
                                                HttpServletRequest r) {
        return responses.page(Resource.CLASSES, SqlCondition.of("r.\"school.sourcedId\" = ?", id), p, r,
                () -> school(id));
    }

    @GetMapping("/{id}/courses")
    ResponseEntity<Map<String, Object>> courses(@PathVariable String id, @RequestParam Map<String, String> p,
                                                HttpServletRequest r) {
        return responses.page(Resource.COURSES, SqlCondition.of("r.school_uuid IS NOT NULL AND r.\"org.sourcedId\" = ?",
                id), p, r, () -> school(id));
    }

    @GetMapping("/{id}/enrollments")
    ResponseEntity<Map<String, Object>> enrollments(@PathVariable String id, @RequestParam Map<String, String> p,
                                                    HttpServletRequest r) {
        return responses.page(Resource.ENROLLMENTS, SqlCondition.of("r.\"school.sourcedId\" = ?", id), p, r,
                () -> school(id));
    }

    @GetMapping("/{id}/students")
    ResponseEntity<Map<String, Object>> students(@PathVariable String id, @RequestParam Map<String, String> p,
                                                 HttpServletRequest r) {
        return responses.page(Resource.USERS, withRoleIn(id, "student"), p, r, () -> school(id));
    }

    @GetMapping("/{id}/teachers")
    ResponseEntity<Map<String, Object>> teachers(@PathVariable String id, @RequestParam Map<String, String> p,
                                                 HttpServletRequest r) {
        return responses.page(Resource.USERS, withRoleIn(id, "teacher"), p, r, () -> school(id));
    }

    @GetMapping("/{id}/terms")
    ResponseEntity<Map<String, Object>> terms(@PathVariable String id, @RequestParam Map<String, String> p,
                                              HttpServletRequest r) {
        return responses.page(Resource.ACADEMIC_SESSIONS, SqlCondition.of("r.\"type\" = 'term'"), p, r,
                () -> school(id));
    }

    @GetMapping("/{schoolId}/classes/{classId}/enrollments")
    ResponseEntity<Map<String, Object>> enrollmentsOfClass(@PathVariable String schoolId, @PathVariable String classId,
                                                           @RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.ENROLLMENTS, SqlCondition.of("r.class_uuid = (SELECT g.id FROM class_group g "
                + "JOIN school s ON s.id = g.school_id WHERE g.source_id = ? AND s.source_id = ?)", classId, schoolId),
                p, r, () -> classIn(schoolId, classId));
    }

    @GetMapping("/{schoolId}/classes/{classId}/students")
    ResponseEntity<Map<String, Object>> studentsOfClass(@PathVariable String schoolId, @PathVariable String classId,
                                                        @RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.USERS, enrolledInClassOf(schoolId, classId, "student"), p, r,
                () -> classIn(schoolId, classId));
    }

    @GetMapping("/{schoolId}/classes/{classId}/teachers")
    ResponseEntity<Map<String, Object>> teachersOfClass(@PathVariable String schoolId, @PathVariable String classId,
                                                        @RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.USERS, enrolledInClassOf(schoolId, classId, "teacher"), p, r,
                () -> classIn(schoolId, classId));
    }

    private UUID school(String sourcedId) {
        return reader.idOf("school", sourcedId, "TRUE")
                .orElseThrow(() -> OneRosterException.unknownObject("school", sourcedId));
    }

    private UUID classIn(String schoolId, String classId) {
        UUID school = school(schoolId);
        return reader.idOf("class_group", classId, "t.school_id = ?", school)
                .orElseThrow(() -> OneRosterException.unknownObject("class", classId));
    }

    private static SqlCondition withRoleIn(String school, String role) {
        return SqlCondition.of("EXISTS (SELECT 1 FROM person_role pr JOIN school s ON s.id = pr.school_id "
                + "WHERE pr.person_id = r.id AND pr.role = '" + role + "' AND s.source_id = ?)", school);
    }

    private static SqlCondition enrolledInClassOf(String school, String classId, String role) {
        return SqlCondition.of("EXISTS (SELECT 1 FROM enrollment e JOIN class_group g ON g.id = e.class_id "
                + "JOIN school s ON s.id = g.school_id WHERE e.person_id = r.id AND g.source_id = ? "
                + "AND s.source_id = ? AND e.role = '" + role + "')", classId, school);
    }
}
