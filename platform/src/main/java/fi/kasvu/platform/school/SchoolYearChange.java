package fi.kasvu.platform.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving classes on to the next school year (luokkien siirto): each class gets a successor in the next year, one
 * grade up where its title carries the grade (7B becomes 8B), with the same students from the first day of the new
 * year, and the students' enrollments in the old class end on the old year's last day. Teachers are not moved: who
 * teaches a class is decided anew each year. Everything chosen moves in one transaction, or nothing does.
 */
@Service
public class SchoolYearChange {

    static final int LAST_BASIC_GRADE = 9;
    static final int LARGEST_BATCH = 200;

    private final ClassGroups classes;
    private final Courses courses;
    private final Enrollments enrollments;
    private final ClassDirectory directory;
    private final SchoolDirectory schools;
    private final SchoolCalendar calendar;
    private final SchoolAccess access;
    private final AuditLog audit;

    SchoolYearChange(ClassGroups classes, Courses courses, Enrollments enrollments, ClassDirectory directory,
                     SchoolDirectory schools, SchoolCalendar calendar, SchoolAccess access, AuditLog audit) {
        this.classes = classes;
        this.courses = courses;
        this.enrollments = enrollments;
        this.directory = directory;
        this.schools = schools;
        this.calendar = calendar;
        this.access = access;
        this.audit = audit;
    }

    /** @return the new classes, in the order of the old ones' titles */
    @Transactional
    public List<ClassSummary> moveToNextYear(Actor actor, Set<UUID> classIds) {
        if (classIds == null || classIds.isEmpty()) {
            throw new InvalidFieldException("classes", "choose the classes to move");
        }
        if (classIds.size() > LARGEST_BATCH) {
            throw new InvalidFieldException("classes", "at most " + LARGEST_BATCH + " classes at a time");
        }
        List<ClassGroup> chosen = classIds.stream().map(directory::require)
                .sorted(java.util.Comparator.comparing(ClassGroup::title)).toList();
        chosen.forEach(group -> access.requireSchool(actor, group.schoolId()));
        var moved = new ArrayList<ClassSummary>();
        for (ClassGroup group : chosen) {
            moved.add(directory.summary(move(actor, group)));
        }
        return moved;
    }

    private UUID move(Actor actor, ClassGroup old) {
        AcademicSessionSummary year = calendar.require(courses.findById(old.courseId()).orElseThrow().summary()
                .schoolYearId(), "classes");
        AcademicSessionSummary next = calendar.schoolYear(year.schoolYear() + 1).orElseThrow(() ->
                new InvalidFieldException("schoolYear", "add the school year " + year.schoolYear() + "-"
                        + (year.schoolYear() + 1) + " before moving classes to it"));
        String grade = old.grade();
        String nextGrade = grade == null || !grade.matches("\\d{1,2}") ? grade
                : String.valueOf(Integer.parseInt(grade) + 1);
        if (nextGrade != null && schools.require(old.schoolId()).summary().kind() == SchoolKind.BASIC
                && nextGrade.matches("\\d+") && Integer.parseInt(nextGrade) > LAST_BASIC_GRADE) {
            throw new InvalidFieldException("classes", old.title() + " is in the last grade of basic education; "
                    + "end its pupils' enrollments instead");
        }
        String title = nextTitle(old.title(), grade, nextGrade);
        if (classes.titleTaken(old.schoolId(), next.id(), title)) {
            throw new InvalidFieldException("classes", "the school already has a class called " + title + " in "
                    + next.title() + "; was " + old.title() + " moved already?");
        }
        UUID course = directory.course(old.schoolId(), next, old.subjectCode());
        var successor = classes.save(new ClassGroup(title, old.type(), course, old.schoolId(), nextGrade,
                old.subjectCode(), directory.terms(next, Set.of())));
        int students = 0;
        for (Enrollment student : enrollments.inClass(old.id(), EnrollmentRole.STUDENT.oneRoster())) {
            if (!student.lastsBeyond(year.endDate().minusDays(1))) {
                continue; // left the class before the year ended
            }
            student.endOn(year.endDate());
            enrollments.save(new Enrollment(successor.id(), student.personId(), old.schoolId(), EnrollmentRole.STUDENT,
                    false, next.startDate(), null));
            students++;
        }
        audit.record(actor, "class.moved-to-next-year", null, "class " + old.id() + " to " + successor.id() + " with "
                + students + " students");
        return successor.id();
    }

    /** 7B in grade 7 becomes 8B; a title without the grade at its start stays as it is. */
    static String nextTitle(String title, String grade, String nextGrade) {
        Matcher matcher = ClassDirectory.GRADE_IN_TITLE.matcher(title);
        if (grade == null || nextGrade == null || !matcher.matches()
                || Integer.parseInt(matcher.group(1)) != Integer.parseInt(grade)) {
            return title;
        }
        return nextGrade + (matcher.group(2) == null ? "" : matcher.group(2));
    }
}
