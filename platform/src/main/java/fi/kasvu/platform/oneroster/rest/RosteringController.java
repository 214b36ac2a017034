package fi.kasvu.platform.oneroster.rest;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The collections and records of the OneRoster 1.2 rostering service. Nested collections first look up their parent,
 * so an unknown parent is a 404 rather than an empty page.
 */
@RestController
@RequestMapping(OneRosterResponses.BASE_PATH)
class RosteringController {

    private static final SqlCondition ALL = SqlCondition.NONE;
    private static final SqlCondition TERMS = SqlCondition.of("r.\"type\" = 'term'");
    private static final SqlCondition GRADING_PERIODS = SqlCondition.of("r.\"type\" = 'gradingPeriod'");
    private static final SqlCondition STUDENTS = hasRole("student");
    private static final SqlCondition TEACHERS = hasRole("teacher");

    private final OneRosterResponses responses;
    private final RosterReader reader;

    RosteringController(OneRosterResponses responses) {
        this.responses = responses;
        this.reader = responses.reader();
    }

    @GetMapping("/academicSessions")
    ResponseEntity<Map<String, Object>> academicSessions(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.ACADEMIC_SESSIONS, ALL, p, r);
    }

    @GetMapping("/academicSessions/{id}")
    ResponseEntity<Map<String, Object>> academicSession(@PathVariable String id, @RequestParam(required = false) String fields,
                                                        HttpServletRequest r) {
        return responses.one(Resource.ACADEMIC_SESSIONS, ALL, id, "academicSession", fields, r);
    }

    @GetMapping("/terms")
    ResponseEntity<Map<String, Object>> terms(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.ACADEMIC_SESSIONS, TERMS, p, r);
    }

    @GetMapping("/terms/{id}")
    ResponseEntity<Map<String, Object>> term(@PathVariable String id, @RequestParam(required = false) String fields,
                                             HttpServletRequest r) {
        return responses.one(Resource.ACADEMIC_SESSIONS, TERMS, id, "term", fields, r);
    }

    @GetMapping("/terms/{id}/classes")
    ResponseEntity<Map<String, Object>> classesOfTerm(@PathVariable String id, @RequestParam Map<String, String> p,
                                                      HttpServletRequest r) {
        return responses.page(Resource.CLASSES, SqlCondition.of("EXISTS (SELECT 1 FROM class_term ct JOIN "
                        + "academic_session a ON a.id = ct.session_id WHERE ct.class_id = r.id AND a.source_id = ? "
                        + "AND a.type = 'term')", id), p, r,
                () -> parent("academic_session", id, "term", "t.type = 'term'"));
    }

    @GetMapping("/terms/{id}/gradingPeriods")
    ResponseEntity<Map<String, Object>> gradingPeriodsOfTerm(@PathVariable String id, @RequestParam Map<String, String> p,
                                                             HttpServletRequest r) {
        return responses.page(Resource.ACADEMIC_SESSIONS,
                GRADING_PERIODS.and(SqlCondition.of("r.\"parent.sourcedId\" = ?", id)), p, r,
                () -> parent("academic_session", id, "term", "t.type = 'term'"));
    }

    @GetMapping("/gradingPeriods")
    ResponseEntity<Map<String, Object>> gradingPeriods(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.ACADEMIC_SESSIONS, GRADING_PERIODS, p, r);
    }

    @GetMapping("/gradingPeriods/{id}")
    ResponseEntity<Map<String, Object>> gradingPeriod(@PathVariable String id, @RequestParam(required = false) String fields,
                                                      HttpServletRequest r) {
        return responses.one(Resource.ACADEMIC_SESSIONS, GRADING_PERIODS, id, "gradingPeriod", fields, r);
    }

    @GetMapping("/orgs")
    ResponseEntity<Map<String, Object>> orgs(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.ORGS, ALL, p, r);
    }

    @GetMapping("/orgs/{id}")
    ResponseEntity<Map<String, Object>> org(@PathVariable String id, @RequestParam(required = false) String fields,
                                            HttpServletRequest r) {
        return responses.one(Resource.ORGS, ALL, id, "org", fields, r);
    }

    @GetMapping("/courses")
    ResponseEntity<Map<String, Object>> courses(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.COURSES, ALL, p, r);
    }

    @GetMapping("/courses/{id}")
    ResponseEntity<Map<String, Object>> course(@PathVariable String id, @RequestParam(required = false) String fields,
                                               HttpServletRequest r) {
        return responses.one(Resource.COURSES, ALL, id, "course", fields, r);
    }

    @GetMapping("/courses/{id}/classes")
    ResponseEntity<Map<String, Object>> classesOfCourse(@PathVariable String id, @RequestParam Map<String, String> p,
                                                        HttpServletRequest r) {
        return responses.page(Resource.CLASSES, SqlCondition.of("r.\"course.sourcedId\" = ?", id), p, r,
                () -> parent("course", id, "course", "TRUE"));
    }

    @GetMapping("/classes")
    ResponseEntity<Map<String, Object>> classes(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.CLASSES, ALL, p, r);
    }

    @GetMapping("/classes/{id}")
    ResponseEntity<Map<String, Object>> oneClass(@PathVariable String id, @RequestParam(required = false) String fields,
                                                 HttpServletRequest r) {
        return responses.one(Resource.CLASSES, ALL, id, "class", fields, r);
    }

    @GetMapping("/classes/{id}/students")
    ResponseEntity<Map<String, Object>> studentsOfClass(@PathVariable String id, @RequestParam Map<String, String> p,
                                                        HttpServletRequest r) {
        return responses.page(Resource.USERS, enrolledIn(id, "student"), p, r,
                () -> parent("class_group", id, "class", "TRUE"));
    }

    @GetMapping("/classes/{id}/teachers")
    ResponseEntity<Map<String, Object>> teachersOfClass(@PathVariable String id, @RequestParam Map<String, String> p,
                                                        HttpServletRequest r) {
        return responses.page(Resource.USERS, enrolledIn(id, "teacher"), p, r,
                () -> parent("class_group", id, "class", "TRUE"));
    }

    @GetMapping("/enrollments")
    ResponseEntity<Map<String, Object>> enrollments(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.ENROLLMENTS, ALL, p, r);
    }

    @GetMapping("/enrollments/{id}")
    ResponseEntity<Map<String, Object>> enrollment(@PathVariable String id, @RequestParam(required = false) String fields,
                                                   HttpServletRequest r) {
        return responses.one(Resource.ENROLLMENTS, ALL, id, "enrollment", fields, r);
    }

    @GetMapping("/demographics")
    ResponseEntity<Map<String, Object>> demographics(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.DEMOGRAPHICS, ALL, p, r);
    }

    @GetMapping("/demographics/{id}")
    ResponseEntity<Map<String, Object>> demographicsOf(@PathVariable String id, @RequestParam(required = false) String fields,
                                                       HttpServletRequest r) {
        return responses.one(Resource.DEMOGRAPHICS, ALL, id, "demographics", fields, r);
    }

    @GetMapping("/users")
    ResponseEntity<Map<String, Object>> users(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.USERS, ALL, p, r);
    }

    @GetMapping("/users/{id}")
    ResponseEntity<Map<String, Object>> user(@PathVariable String id, @RequestParam(required = false) String fields,
                                             HttpServletRequest r) {
        return responses.one(Resource.USERS, ALL, id, "user", fields, r);
    }

    @GetMapping("/users/{id}/classes")
    ResponseEntity<Map<String, Object>> classesOfUser(@PathVariable String id, @RequestParam Map<String, String> p,
                                                      HttpServletRequest r) {
        return responses.page(Resource.CLASSES, classesOf(id, null), p, r, () -> parent("person", id, "user", "TRUE"));
    }

    @GetMapping("/students")
    ResponseEntity<Map<String, Object>> students(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.USERS, STUDENTS, p, r);
    }

    @GetMapping("/students/{id}")
    ResponseEntity<Map<String, Object>> student(@PathVariable String id, @RequestParam(required = false) String fields,
                                                HttpServletRequest r) {
        return responses.one(Resource.USERS, STUDENTS, id, "student", fields, r);
    }

    @GetMapping("/students/{id}/classes")
    ResponseEntity<Map<String, Object>> classesOfStudent(@PathVariable String id, @RequestParam Map<String, String> p,
                                                         HttpServletRequest r) {
        return responses.page(Resource.CLASSES, classesOf(id, "student"), p, r,
                () -> parent("person", id, "student", personWithRole("student")));
    }

    @GetMapping("/teachers")
    ResponseEntity<Map<String, Object>> teachers(@RequestParam Map<String, String> p, HttpServletRequest r) {
        return responses.page(Resource.USERS, TEACHERS, p, r);
    }

    @GetMapping("/teachers/{id}")
    ResponseEntity<Map<String, Object>> teacher(@PathVariable String id, @RequestParam(required = false) String fields,
                                                HttpServletRequest r) {
        return responses.one(Resource.USERS, TEACHERS, id, "teacher", fields, r);
    }

    @GetMapping("/teachers/{id}/classes")
    ResponseEntity<Map<String, Object>> classesOfTeacher(@PathVariable String id, @RequestParam Map<String, String> p,
                                                         HttpServletRequest r) {
        return responses.page(Resource.CLASSES, classesOf(id, "teacher"), p, r,
                () -> parent("person", id, "teacher", personWithRole("teacher")));
    }

    void parent(String table, String sourcedId, String type, String condition) {
        reader.idOf(table, sourcedId, condition).orElseThrow(() -> OneRosterException.unknownObject(type, sourcedId));
    }

    /** The people enrolled in the class (by its sourcedId) in the role. */
    static SqlCondition enrolledIn(String classId, String role) {
        return SqlCondition.of("EXISTS (SELECT 1 FROM enrollment e JOIN class_group g ON g.id = e.class_id "
                + "WHERE e.person_id = r.id AND g.source_id = ? AND e.role = '" + role + "')", classId);
    }

    /** The classes the person (by sourcedId) is enrolled in, in the role or in any. */
    static SqlCondition classesOf(String personId, String role) {
        return SqlCondition.of("EXISTS (SELECT 1 FROM enrollment e JOIN person p ON p.id = e.person_id "
                + "WHERE e.class_id = r.id AND p.source_id = ?" + (role == null ? "" : " AND e.role = '" + role + "'")
                + ")", personId);
    }

    static String personWithRole(String role) {
        return "EXISTS (SELECT 1 FROM person_role pr WHERE pr.person_id = t.id AND pr.role = '" + role + "')";
    }

    private static SqlCondition hasRole(String role) {
        return SqlCondition.of("EXISTS (SELECT 1 FROM person_role pr WHERE pr.person_id = r.id AND pr.role = '"
                + role + "')");
    }
}
