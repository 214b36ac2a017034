package fi.kasvu.platform.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The classes (luokat) and teaching groups (opetusryhmät) of the schools, for city admins and principals. */
@Service
public class ClassDirectory {

    static final Pattern GRADE_IN_TITLE = Pattern.compile("^(\\d{1,2})(\\D.*)?$");
    static final int LONGEST_TITLE = 200;
    private static final Map<String, String> SORTS = Map.of("title", "lower(g.title)", "school", "lower(s.name)",
            "schoolYear", "y.start_date", "grade", "g.grades[1]", "students", "students", "type", "g.class_type");

    private final ClassGroups classes;
    private final Courses courses;
    private final SchoolDirectory schools;
    private final SchoolCalendar calendar;
    private final SchoolAccess access;
    private final AuditLog audit;
    private final EntityManager entities;
    private final Clock clock;

    ClassDirectory(ClassGroups classes, Courses courses, SchoolDirectory schools, SchoolCalendar calendar,
                   SchoolAccess access, AuditLog audit, EntityManager entities, Clock clock) {
        this.classes = classes;
        this.courses = courses;
        this.schools = schools;
        this.calendar = calendar;
        this.access = access;
        this.audit = audit;
        this.entities = entities;
        this.clock = clock;
    }

    @Transactional
    public ClassSummary addClass(Actor actor, NewClass added) {
        if (added == null) {
            throw new InvalidFieldException("class", "fill in the class");
        }
        School school = schools.require(added.schoolId());
        access.requireSchool(actor, school.id());
        AcademicSessionSummary year = calendar.require(added.schoolYearId(), "schoolYear");
        if (year.type() != SessionType.SCHOOL_YEAR) {
            throw new InvalidFieldException("schoolYear", "choose a school year, not a term");
        }
        String title = added.title() == null ? "" : added.title().strip();
        if (title.isEmpty()) {
            throw new InvalidFieldException("title", "a class needs a name, e.g. 7B");
        }
        if (title.length() > LONGEST_TITLE) {
            throw new InvalidFieldException("title", "at most " + LONGEST_TITLE + " characters");
        }
        if (added.type() == null) {
            throw new InvalidFieldException("type", "choose a homeroom class or a teaching group");
        }
        String grade = added.grade() == null || added.grade().isBlank() ? gradeIn(title) : added.grade().strip();
        if (grade != null && !grade.matches("\\d{1,2}")) {
            throw new InvalidFieldException("grade", "a grade level is a number such as 7");
        }
        String subject = subjectCode(added);
        if (classes.titleTaken(school.id(), year.id(), title)) {
            throw new InvalidFieldException("title", "the school already has a class called " + title + " in " + year.title());
        }
        Set<UUID> terms = terms(year, added.termIds());
        UUID course = course(school.id(), year, subject);
        var saved = classes.save(new ClassGroup(title, added.type(), course, school.id(), grade, subject, terms));
        audit.record(actor, "class.added", null, "class " + saved.id() + " at school " + school.id());
        entities.flush();
        return summary(saved.id());
    }

    @Transactional(readOnly = true)
    public List<ClassSummary> classes(Actor actor, ClassQuery query, Paging paging) {
        var where = new HashMap<String, Object>();
        String filter = filter(actor, query, where);
        if (filter == null) {
            return List.of();
        }
        var found = entities.createNativeQuery(SELECT + filter
                + paging.orderBy(SORTS, "y.start_date DESC, lower(s.name), lower(g.title)", "g.id"), Tuple.class);
        where.forEach(found::setParameter);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = found.setParameter("today", LocalDate.now(clock)).setFirstResult(paging.offset())
                .setMaxResults(paging.limit()).getResultList();
        return rows.stream().map(ClassDirectory::summary).toList();
    }

    @Transactional(readOnly = true)
    public long countClasses(Actor actor, ClassQuery query) {
        var where = new HashMap<String, Object>();
        String filter = filter(actor, query, where);
        if (filter == null) {
            return 0;
        }
        var counted = entities.createNativeQuery("SELECT count(*) FROM class_group g JOIN course c ON c.id = g.course_id"
                + " JOIN school s ON s.id = g.school_id LEFT JOIN academic_session y ON y.id = c.school_year_id" + filter);
        where.forEach(counted::setParameter);
        return ((Number) counted.getSingleResult()).longValue();
    }

    @Transactional(readOnly = true)
    public ClassSummary classSummary(Actor actor, UUID id) {
        ClassGroup group = require(id);
        access.requireSchool(actor, group.schoolId());
        return summary(id);
    }

    /** The subjects of the national core curriculum, by code. */
    @Transactional(readOnly = true)
    public List<Subject> subjects() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entities.createNativeQuery("SELECT code, name_fi, name_sv, name_en FROM subject ORDER BY code",
                Tuple.class).getResultList();
        return rows.stream().map(row -> new Subject(row.get("code", String.class), row.get("name_fi", String.class),
                row.get("name_sv", String.class), row.get("name_en", String.class))).toList();
    }

    ClassGroup require(UUID id) {
        if (id == null) {
            throw new InvalidFieldException("class", "choose a class");
        }
        return classes.findById(id).orElseThrow(() -> new InvalidFieldException("class", "there is no such class"));
    }

    /** The homeroom course, or the subject's course, of a school in a year: found, or made on first use. */
    UUID course(UUID school, AcademicSessionSummary year, String subject) {
        String code = subject == null ? Course.HOMEROOM : subject;
        return courses.findFirstBySchoolIdAndSchoolYearIdAndCourseCode(school, year.id(), code).map(Course::id)
                .orElseGet(() -> courses.save(new Course(subject == null ? "Luokat " + year.title()
                        : subjectName(subject) + " " + year.title(), code, year.id(), school, subject)).id());
    }

    /** Every term of the year, or those chosen, which must be the year's. */
    Set<UUID> terms(AcademicSessionSummary year, Set<UUID> chosen) {
        var ofYear = new LinkedHashSet<UUID>();
        calendar.children(year.id()).stream().filter(term -> term.type() == SessionType.TERM)
                .forEach(term -> ofYear.add(term.id()));
        if (chosen.isEmpty()) {
            return ofYear.isEmpty() ? Set.of(year.id()) : ofYear;
        }
        if (!ofYear.containsAll(chosen)) {
            throw new InvalidFieldException("terms", "choose terms of " + year.title());
        }
        return chosen;
    }

    static String gradeIn(String title) {
        Matcher matcher = GRADE_IN_TITLE.matcher(title);
        return matcher.matches() ? String.valueOf(Integer.parseInt(matcher.group(1))) : null;
    }

    ClassSummary summary(UUID id) {
        var found = entities.createNativeQuery(SELECT + " WHERE g.id = :id", Tuple.class).setParameter("id", id)
                .setParameter("today", LocalDate.now(clock));
        return summary((Tuple) found.getSingleResult());
    }

    private String subjectCode(NewClass added) {
        if (added.type() == ClassType.HOMEROOM) {
            return null;
        }
        String code = added.subjectCode() == null ? "" : added.subjectCode().strip().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            throw new InvalidFieldException("subjectCode", "a teaching group needs a subject");
        }
        if (subjects().stream().noneMatch(subject -> subject.code().equals(code))) {
            throw new InvalidFieldException("subjectCode", "there is no subject with the code " + code);
        }
        return code;
    }

    private String subjectName(String code) {
        return subjects().stream().filter(subject -> subject.code().equals(code)).map(Subject::nameFi).findFirst()
                .orElse(code);
    }

    /** The WHERE of a class query with its parameters; null when the actor's scope holds no school. */
    private String filter(Actor actor, ClassQuery query, Map<String, Object> parameters) {
        SchoolScope scope = access.scopeOf(actor);
        ClassQuery q = query == null ? ClassQuery.all() : query;
        var where = new StringBuilder(" WHERE g.status = 'active'");
        if (!scope.everything()) {
            if (scope.schools().isEmpty()) {
                return null;
            }
            where.append(" AND g.school_id IN (:scope)");
            parameters.put("scope", scope.schools());
        }
        if (q.schoolId() != null) {
            access.requireSchool(actor, q.schoolId());
            where.append(" AND g.school_id = :school");
            parameters.put("school", q.schoolId());
        }
        if (q.schoolYearId() != null) {
            where.append(" AND c.school_year_id = :year");
            parameters.put("year", q.schoolYearId());
        }
        if (q.type() != null) {
            where.append(" AND g.class_type = :type");
            parameters.put("type", q.type().oneRoster());
        }
        if (q.titlePrefix() != null && !q.titlePrefix().isBlank()) {
            where.append(" AND lower(g.title) LIKE :title ESCAPE '\\'");
            parameters.put("title", like(q.titlePrefix()));
        }
        return where.toString();
    }

    static String like(String prefix) {
        return prefix.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    private static final String SELECT = """
            SELECT g.id AS id, g.title AS title, g.class_type AS class_type, g.school_id AS school_id,
                   s.name AS school_name, y.id AS year_id, y.title AS year_title, g.grades[1] AS grade,
                   g.subject_codes[1] AS subject,
                   (SELECT count(*) FROM enrollment e WHERE e.class_id = g.id AND e.role = 'student'
                      AND e.status = 'active' AND (e.end_date IS NULL OR e.end_date >= :today)) AS students
            FROM class_group g JOIN course c ON c.id = g.course_id JOIN school s ON s.id = g.school_id
                 LEFT JOIN academic_session y ON y.id = c.school_year_id""";

    private static ClassSummary summary(Tuple row) {
        return new ClassSummary(row.get("id", UUID.class), row.get("title", String.class),
                ClassType.of(row.get("class_type", String.class)), row.get("school_id", UUID.class),
                row.get("school_name", String.class), row.get("year_id", UUID.class), row.get("year_title", String.class),
                row.get("grade", String.class), row.get("subject", String.class),
                ((Number) row.get("students")).longValue());
    }
}
