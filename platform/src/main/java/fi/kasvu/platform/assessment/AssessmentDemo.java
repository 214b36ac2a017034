package fi.kasvu.platform.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.demo.DemoData;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments for the demo municipality, made through the services as a teacher would: in the basic schools' groups
 * a test on the customary marks with results and feedback and a pass/fail assignment, and the autumn term's grades
 * (words for the first graders, numbers from grade 4 on).
 */
@Component
class AssessmentDemo implements DemoData {

    private static final Actor TEACHER = Actor.system("demo");
    private static final List<String> MARKS = List.of("8", "7+", "9-", "6½", "10-", "8½", "7", "9", "5+", "8-");
    private static final List<String> GRADES = List.of("8", "7", "9", "7", "10", "8", "6", "9", "8", "7");

    private final Assessments assessments;
    private final GradeBook grades;
    private final EntityManager entities;
    private final Clock clock;

    AssessmentDemo(Assessments assessments, GradeBook grades, EntityManager entities, Clock clock) {
        this.assessments = assessments;
        this.grades = grades;
        this.entities = entities;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    @Transactional
    public void seed() {
        List<?> groups = entities.createNativeQuery("""
                        SELECT g.id, g.title, COALESCE(g.subject_codes[1], 'AI'), COALESCE(g.grades[1], '0')::int
                          FROM class_group g JOIN school s ON s.id = g.school_id
                         WHERE s.kind = 'BASIC' AND g.status = 'active' ORDER BY g.title""", Tuple.class)
                .getResultList();
        LocalDate today = LocalDate.now(clock);
        for (Object found : groups) {
            Tuple group = (Tuple) found;
            UUID id = group.get(0, UUID.class);
            int level = group.get(3, Integer.class);
            List<GroupStudent> students = assessments.studentsOf(TEACHER, id);
            if (students.isEmpty()) {
                continue;
            }
            if (level >= 3) {
                test(id, students, today);
            }
            termGrades(id, group.get(2, String.class), level, students);
        }
    }

    private void test(UUID group, List<GroupStudent> students, LocalDate today) {
        AssessmentSummary test = assessments.addAssessment(TEACHER, new NewAssessment(group, "Koe 1",
                today.minusWeeks(3), Scale.MARKS, null, null));
        var results = new ArrayList<ResultEntry>();
        for (int i = 0; i < students.size(); i++) {
            results.add(new ResultEntry(students.get(i).id(), MARKS.get(i % MARKS.size()),
                    i % 3 == 0 ? "Hyvää työtä, jatka samaan malliin." : null));
        }
        assessments.recordResults(TEACHER, test.id(), results);
        AssessmentSummary task = assessments.addAssessment(TEACHER, new NewAssessment(group, "Kotitehtävät",
                today.minusWeeks(1), Scale.PASS_FAIL, null, null));
        assessments.recordResults(TEACHER, task.id(), students.stream()
                .map(s -> new ResultEntry(s.id(), "S", null)).toList());
    }

    private void termGrades(UUID group, String subject, int level, List<GroupStudent> students) {
        List<TermChoice> terms = grades.termsOf(TEACHER, group);
        if (terms.isEmpty()) {
            return;
        }
        var entries = new ArrayList<GradeEntry>();
        for (int i = 0; i < students.size(); i++) {
            String value = level >= 1 && level <= 3
                    ? "Lukee ja kirjoittaa ikätasonsa mukaisesti ja kertoo ajatuksistaan rohkeasti."
                    : GRADES.get(i % GRADES.size());
            entries.add(new GradeEntry(students.get(i).id(), value, false));
        }
        grades.recordGrades(TEACHER, new GradeSheet(group, subject, GradeKind.TERM, terms.getFirst().id(), entries));
    }
}
