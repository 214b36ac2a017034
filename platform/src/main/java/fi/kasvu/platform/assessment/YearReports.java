package fi.kasvu.platform.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolLanguage;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Year reports (lukuvuositodistus) of a homeroom class, for its teachers and its school's principal, in the school's
 * language of instruction (a Swedish-language school's läsårsbetyg is Swedish throughout). A report has a
 * row for every subject the student studies that year: the subjects in which anyone of the class has a term or year
 * grade that year, and the subjects of the student's own teaching groups. A report is made only when each such
 * subject has the student's year grade and words stand only in grades 1-3; otherwise it is refused naming the student
 * and the subject, and no report of the class is made.
 */
@Service
public class YearReports {

    static final String REPORT_MADE = "assessment.year-report";
    /** The order of the subjects on a report, as the core curriculum lists them; others after, by code. */
    private static final List<String> ORDER = List.of("AI", "FI", "RU", "EN", "MA", "YL", "BI", "GE", "FY", "KE",
            "TE", "UE", "ET", "HI", "YH", "MU", "KU", "KS", "LI", "KO", "OP");
    private static final java.util.Comparator<String> CURRICULUM_ORDER = java.util.Comparator
            .<String>comparingInt(code -> ORDER.contains(code) ? ORDER.indexOf(code) : ORDER.size())
            .thenComparing(java.util.Comparator.naturalOrder());

    private final EntityManager entities;
    private final GroupRoster roster;
    private final StudentAccess access;
    private final AuditLog audit;
    private final TenantContext tenants;
    private final TenantRegistry registry;
    private final YearReportPdf pdf;
    private final Clock clock;

    YearReports(EntityManager entities, GroupRoster roster, StudentAccess access, AuditLog audit, TenantContext tenants,
                TenantRegistry registry, YearReportPdf pdf, Clock clock) {
        this.entities = entities;
        this.roster = roster;
        this.access = access;
        this.audit = audit;
        this.tenants = tenants;
        this.registry = registry;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The reports of every student of the class, by name. */
    @Transactional
    public List<YearReport> reportsOfClass(Actor actor, UUID classId) {
        Group group = homeroom(actor, classId);
        return reports(actor, group, roster.students(group.id()));
    }

    /** One student's report. */
    @Transactional
    public YearReport reportOf(Actor actor, UUID classId, UUID studentId) {
        Group group = homeroom(actor, classId);
        List<Pupil> pupil = roster.students(group.id()).stream().filter(p -> p.id().equals(studentId)).toList();
        if (pupil.isEmpty()) {
            throw new InvalidFieldException("student", "is no student of the class " + group.title());
        }
        return reports(actor, group, pupil).getFirst();
    }

    /** The class's reports as one PDF, a page per student. */
    @Transactional
    public byte[] classPdf(Actor actor, UUID classId) {
        return pdf.render(reportsOfClass(actor, classId));
    }

    /** One student's report as a PDF. */
    @Transactional
    public byte[] studentPdf(Actor actor, UUID classId, UUID studentId) {
        return pdf.render(List.of(reportOf(actor, classId, studentId)));
    }

    private Group homeroom(Actor actor, UUID classId) {
        Group group = roster.require(classId);
        access.requireClass(actor, group.id(), "make year reports of this class");
        if (!group.homeroom()) {
            throw new InvalidFieldException("class", group.title() + " is a teaching group; year reports are made for "
                    + "a homeroom class");
        }
        return group;
    }

    private List<YearReport> reports(Actor actor, Group group, List<Pupil> pupils) {
        if (pupils.isEmpty()) {
            throw new InvalidFieldException("class", group.title() + " has no students");
        }
        Tuple place = (Tuple) entities.createNativeQuery("""
                        SELECT s.name, y.title, y.start_date, y.end_date, s.language FROM school s, academic_session y
                         WHERE s.id = :school AND y.id = :year""", Tuple.class)
                .setParameter("school", group.schoolId()).setParameter("year", group.schoolYearId()).getSingleResult();
        String school = place.get(0, String.class);
        String yearTitle = place.get(1, String.class);
        LocalDate yearEnd = place.get(3, LocalDate.class);
        SchoolLanguage language = SchoolLanguage.ofCode(place.get(4, String.class));
        String years = language == SchoolLanguage.FINNISH ? yearTitle.replaceFirst("^Lukuvuosi\\s+", "")
                : place.get(2, LocalDate.class).getYear() + "–" + yearEnd.getYear();
        String principal = principal(group.schoolId());
        String municipality = registry.require(tenants.require()).displayName();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = today.isBefore(yearEnd) ? today : yearEnd;
        Map<String, String> subjectNames = subjectNames(language);
        Map<UUID, Map<String, Tuple>> grades = yearGrades(group, pupils);
        Set<String> classSubjects = classSubjects(group, pupils);
        Map<UUID, Set<String>> ownSubjects = teachingGroupSubjects(group, pupils);
        var reports = new ArrayList<YearReport>();
        for (Pupil pupil : pupils) {
            Set<String> subjects = new TreeSet<>(CURRICULUM_ORDER);
            subjects.addAll(classSubjects);
            subjects.addAll(ownSubjects.getOrDefault(pupil.id(), Set.of()));
            Map<String, Tuple> own = grades.getOrDefault(pupil.id(), Map.of());
            subjects.addAll(own.keySet());
            if (subjects.isEmpty()) {
                throw new InvalidFieldException("grades", pupil.name() + " has no year grades in " + yearTitle);
            }
            reports.add(new YearReport(municipality, school, years, group.title(), group.gradeLevel(), pupil.id(),
                    pupil.name(), lines(group, pupil, subjects, own, subjectNames), principal, date, language));
        }
        reports.forEach(report -> audit.record(actor, REPORT_MADE, report.studentId(),
                "year report of class " + group.id()));
        return reports;
    }

    private List<YearReport.Line> lines(Group group, Pupil pupil, Set<String> subjects, Map<String, Tuple> own,
                                        Map<String, String> subjectNames) {
        var lines = new ArrayList<YearReport.Line>();
        Integer level = group.gradeLevel() != null ? group.gradeLevel() : pupil.gradeLevel();
        for (String code : subjects) {
            Tuple grade = own.get(code);
            String subjectName = subjectNames.getOrDefault(code, code);
            if (grade == null) {
                throw new InvalidFieldException("grades", pupil.name() + " has no year grade in " + subjectName
                        + " (" + code + ")");
            }
            Score score = Assessments.score(grade, 1);
            if (score.isVerbal() && !GradePolicy.verbalAllowed(level)) {
                throw new InvalidFieldException("grades", pupil.name() + ", " + subjectName + " (" + code
                        + "): a verbal assessment in grade " + (level == null ? "unknown" : level)
                        + "; year reports from grade 4 on are numeric");
            }
            lines.add(new YearReport.Line(code, subjectName, score.display(), score.isVerbal(),
                    Boolean.TRUE.equals(grade.get(4, Boolean.class))));
        }
        return lines;
    }

    /** Every national subject's name in the language: the curriculum's Swedish names in a Swedish-language school. */
    private Map<String, String> subjectNames(SchoolLanguage language) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT code, CASE WHEN :swedish THEN name_sv ELSE name_fi END FROM subject""", Tuple.class)
                .setParameter("swedish", language == SchoolLanguage.SWEDISH).getResultList();
        Map<String, String> names = new LinkedHashMap<>();
        rows.stream().map(Tuple.class::cast).forEach(row -> names.put(row.get(0, String.class), row.get(1, String.class)));
        return names;
    }

    private Map<UUID, Map<String, Tuple>> yearGrades(Group group, List<Pupil> pupils) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT g.student_id, g.score, g.mark, g.verbal, g.optional, g.subject_code FROM grade g
                         WHERE g.kind = 'YEAR' AND g.session_id = :year AND g.student_id = ANY(CAST(:students AS uuid[]))""",
                        Tuple.class).setParameter("year", group.schoolYearId())
                .setParameter("students", ids(pupils)).getResultList();
        Map<UUID, Map<String, Tuple>> grades = new LinkedHashMap<>();
        rows.stream().map(Tuple.class::cast).forEach(row -> grades.computeIfAbsent(row.get(0, UUID.class),
                id -> new LinkedHashMap<>()).put(row.get(5, String.class), row));
        return grades;
    }

    private Set<String> classSubjects(Group group, List<Pupil> pupils) {
        List<?> codes = entities.createNativeQuery("""
                        SELECT DISTINCT g.subject_code FROM grade g
                         WHERE g.school_year_id = :year AND g.student_id = ANY(CAST(:students AS uuid[]))""", String.class)
                .setParameter("year", group.schoolYearId()).setParameter("students", ids(pupils)).getResultList();
        return new TreeSet<>(codes.stream().map(String.class::cast).toList());
    }

    private Map<UUID, Set<String>> teachingGroupSubjects(Group group, List<Pupil> pupils) {
        List<?> rows = entities.createNativeQuery("""
                        SELECT DISTINCT e.person_id, g.subject_codes[1] FROM enrollment e
                          JOIN class_group g ON g.id = e.class_id JOIN course c ON c.id = g.course_id
                         WHERE e.role = 'student' AND e.status = 'active' AND g.status = 'active'
                           AND g.class_type = 'scheduled' AND cardinality(g.subject_codes) > 0
                           AND c.school_year_id = :year AND e.person_id = ANY(CAST(:students AS uuid[]))""", Tuple.class)
                .setParameter("year", group.schoolYearId()).setParameter("students", ids(pupils)).getResultList();
        Map<UUID, Set<String>> subjects = new LinkedHashMap<>();
        rows.stream().map(Tuple.class::cast).forEach(row -> subjects.computeIfAbsent(row.get(0, UUID.class),
                id -> new TreeSet<>()).add(row.get(1, String.class)));
        return subjects;
    }

    private String principal(UUID school) {
        return GroupRoster.first(entities.createNativeQuery("""
                        SELECT p.given_name || ' ' || p.family_name FROM person_role r JOIN person p ON p.id = r.person_id
                         WHERE r.school_id = :school AND r.role = 'principal' AND r.status = 'active'
                           AND (r.begin_date IS NULL OR r.begin_date <= :today)
                           AND (r.end_date IS NULL OR r.end_date >= :today)
                         ORDER BY r.begin_date NULLS FIRST, p.family_name LIMIT 1""", String.class)
                .setParameter("school", school).setParameter("today", LocalDate.now(clock)))
                .map(String.class::cast).orElseThrow(() -> new InvalidFieldException("principal",
                        "the school has no principal today to sign the year reports"));
    }

    private static String ids(List<Pupil> pupils) {
        return "{" + String.join(",", pupils.stream().map(p -> p.id().toString()).toList()) + "}";
    }
}
