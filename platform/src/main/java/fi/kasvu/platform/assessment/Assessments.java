package fi.kasvu.platform.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tests and assignments of a group and each student's result. The group's teachers (and its school's principal,
 * a city admin) add assessments and record results; a whole grid is saved in one transaction or, when a row cannot
 * be taken, refused naming the row and nothing is written. Every read of results by staff is audited per student.
 */
@Service
public class Assessments {

    static final int LONGEST_TITLE = 200;
    static final int LONGEST_COMMENT = 2000;
    static final String RESULTS_READ = "assessment.results-read";

    private final EntityManager entities;
    private final GroupRoster roster;
    private final StudentAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TenantContext tenants;

    Assessments(EntityManager entities, GroupRoster roster, StudentAccess access, AuditLog audit,
                ApplicationEventPublisher events, TenantContext tenants) {
        this.entities = entities;
        this.roster = roster;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.tenants = tenants;
    }

    @Transactional
    public AssessmentSummary addAssessment(Actor actor, NewAssessment added) {
        if (added == null) {
            throw new InvalidFieldException("assessment", "fill in the assessment");
        }
        Group group = roster.require(added.classId());
        access.requireClass(actor, group.id(), "add assessments to this group");
        String title = added.title() == null ? "" : added.title().strip();
        if (title.isEmpty() || title.length() > LONGEST_TITLE) {
            throw new InvalidFieldException("title", "an assessment needs a title of at most " + LONGEST_TITLE
                    + " characters, e.g. Koe 1");
        }
        if (added.date() == null) {
            throw new InvalidFieldException("date", "give the day of the test or assignment");
        }
        if (added.scale() == null) {
            throw new InvalidFieldException("scale", "choose the scale");
        }
        if (added.weight() != null && (added.weight().signum() <= 0 || added.weight().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidFieldException("weight", "a weight is a number greater than 0 and at most 100");
        }
        if (added.categoryId() != null && entities.createNativeQuery("SELECT 1 FROM assessment_category "
                + "WHERE id = :id AND status = 'active'").setParameter("id", added.categoryId()).getResultList().isEmpty()) {
            throw new InvalidFieldException("category", "there is no such category");
        }
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO assessment (id, source_id, class_id, title, assessment_date, scale, category_id,
                                                weight, created_by)
                        VALUES (:id, :source, :class, :title, :date, :scale, :category, :weight, :by)""")
                .setParameter("id", id).setParameter("source", id.toString()).setParameter("class", group.id())
                .setParameter("title", title).setParameter("date", added.date())
                .setParameter("scale", added.scale().name()).setParameter("category", added.categoryId())
                .setParameter("weight", added.weight()).setParameter("by", actor.accountId()).executeUpdate();
        return require(id);
    }

    /** The group's assessments, newest first. */
    @Transactional(readOnly = true)
    public List<AssessmentSummary> assessmentsOf(Actor actor, UUID classId) {
        Group group = roster.require(classId);
        access.requireClass(actor, group.id(), "see this group's assessments");
        List<?> rows = entities.createNativeQuery(SUMMARY + " WHERE a.class_id = :class AND a.status = 'active' "
                + "ORDER BY a.assessment_date DESC, a.title", Tuple.class).setParameter("class", classId).getResultList();
        return rows.stream().map(Tuple.class::cast).map(Assessments::summary).toList();
    }

    /** Every student of the group with their result of the assessment (none yet: a row without a score). */
    @Transactional
    public List<ResultRow> results(Actor actor, UUID assessmentId) {
        AssessmentSummary assessment = require(assessmentId);
        access.requireClass(actor, assessment.classId(), "see this group's results");
        Map<UUID, Tuple> results = new HashMap<>();
        List<?> rows = entities.createNativeQuery("SELECT student_id, score, mark, verbal, comment FROM "
                        + "assessment_result WHERE assessment_id = :a AND status = 'active'", Tuple.class)
                .setParameter("a", assessmentId).getResultList();
        rows.stream().map(Tuple.class::cast).forEach(row -> results.put(row.get(0, UUID.class), row));
        var grid = new ArrayList<ResultRow>();
        for (Pupil pupil : roster.students(assessment.classId())) {
            Tuple result = results.get(pupil.id());
            grid.add(new ResultRow(pupil.id(), pupil.name(), result == null ? null : score(result, 1),
                    result == null ? null : result.get(4, String.class)));
            audit.record(actor, RESULTS_READ, pupil.id(), "assessment " + assessmentId);
        }
        return grid;
    }

    /**
     * Saves the grid: each row's score on the assessment's scale (blank removes the result) and comment. Checks every
     * row before the first write.
     *
     * @throws RowRefusedException naming the first row that cannot be taken; nothing was written
     */
    @Transactional
    public int recordResults(Actor actor, UUID assessmentId, List<ResultEntry> entries) {
        AssessmentSummary assessment = require(assessmentId);
        access.requireClass(actor, assessment.classId(), "record results of this group");
        Map<UUID, Pupil> students = new HashMap<>();
        roster.students(assessment.classId()).forEach(pupil -> students.put(pupil.id(), pupil));
        var checked = new ArrayList<Checked>();
        for (int row = 0; row < entries.size(); row++) {
            ResultEntry entry = entries.get(row);
            Pupil pupil = entry == null ? null : students.get(entry.studentId());
            if (pupil == null) {
                throw new RowRefusedException(row, entry == null ? null : entry.studentId(), "?",
                        new InvalidFieldException("student", "is no student of the group"));
            }
            try {
                checked.add(check(assessment.scale(), pupil, entry));
            } catch (InvalidFieldException e) {
                throw new RowRefusedException(row, pupil.id(), pupil.name(), e);
            }
        }
        for (Checked row : checked) {
            write(actor.accountId(), assessment, row.pupil().id(), row.score(), row.comment(), null);
        }
        return checked.size();
    }

    /** The student's latest results, newest first: for the student, their guardians, teachers and principal. */
    @Transactional
    public List<StudentResult> resultsOf(Actor actor, UUID studentId, int limit) {
        StudentAccess.Relation relation = access.require(actor, studentId, "see this student's results");
        auditStaffRead(actor, relation, studentId, "latest results");
        List<?> rows = entities.createNativeQuery("""
                        SELECT a.id, a.title, g.title, a.assessment_date, a.scale, r.score, r.mark, r.verbal, r.comment
                          FROM assessment_result r JOIN assessment a ON a.id = r.assessment_id
                               JOIN class_group g ON g.id = a.class_id
                         WHERE r.student_id = :student AND r.status = 'active' AND a.status = 'active'
                         ORDER BY a.assessment_date DESC, a.title LIMIT :limit""", Tuple.class)
                .setParameter("student", studentId).setParameter("limit", Math.max(1, Math.min(limit, 500)))
                .getResultList();
        return rows.stream().map(Tuple.class::cast).map(row -> new StudentResult(row.get(0, UUID.class),
                row.get(1, String.class), row.get(2, String.class), row.get(3, LocalDate.class),
                Scale.valueOf(row.get(4, String.class)), score(row, 5), row.get(8, String.class))).toList();
    }

    void auditStaffRead(Actor actor, StudentAccess.Relation relation, UUID studentId, String what) {
        if (relation != StudentAccess.Relation.SELF && relation != StudentAccess.Relation.GUARDIAN) {
            audit.record(actor, RESULTS_READ, studentId, what);
        }
    }

    /** Writes or removes ({@code score} null) one result and tells who listens. */
    void write(String by, AssessmentSummary assessment, UUID student, Score score, String comment, String sourcedId) {
        if (score == null) {
            int removed = entities.createNativeQuery("UPDATE assessment_result SET status = 'tobedeleted', "
                            + "updated_at = now() WHERE assessment_id = :a AND student_id = :s AND status = 'active'")
                    .setParameter("a", assessment.id()).setParameter("s", student).executeUpdate();
            if (removed > 0) {
                events.publishEvent(new ResultRecorded(tenants.require(), assessment.id(), assessment.classId(), student,
                        null));
            }
            return;
        }
        UUID id = UUID.randomUUID();
        entities.createNativeQuery("""
                        INSERT INTO assessment_result (id, source_id, assessment_id, student_id, score, mark, verbal,
                                                       comment, recorded_by)
                        VALUES (:id, :source, :a, :s, :score, :mark, :verbal, :comment, :by)
                        ON CONFLICT (assessment_id, student_id) DO UPDATE SET score = EXCLUDED.score,
                            mark = EXCLUDED.mark, verbal = EXCLUDED.verbal, comment = EXCLUDED.comment,
                            recorded_by = EXCLUDED.recorded_by, status = 'active', updated_at = now()""")
                .setParameter("id", id).setParameter("source", sourcedId == null ? id.toString() : sourcedId)
                .setParameter("a", assessment.id()).setParameter("s", student).setParameter("score", score.number())
                .setParameter("mark", score.mark()).setParameter("verbal", score.verbal())
                .setParameter("comment", comment).setParameter("by", by).executeUpdate();
        events.publishEvent(new ResultRecorded(tenants.require(), assessment.id(), assessment.classId(), student, score));
    }

    AssessmentSummary require(UUID id) {
        if (id == null) {
            throw new InvalidFieldException("assessment", "choose an assessment");
        }
        return GroupRoster.first(entities.createNativeQuery(SUMMARY + " WHERE a.id = :id AND a.status = 'active'", Tuple.class)
                .setParameter("id", id)).map(row -> summary((Tuple) row))
                .orElseThrow(() -> new InvalidFieldException("assessment", "there is no such assessment"));
    }

    private static Checked check(Scale scale, Pupil pupil, ResultEntry entry) {
        String comment = entry.comment() == null || entry.comment().isBlank() ? null : entry.comment().strip();
        if (comment != null && comment.length() > LONGEST_COMMENT) {
            throw new InvalidFieldException("comment", "at most " + LONGEST_COMMENT + " characters");
        }
        boolean blank = entry.score() == null || entry.score().isBlank();
        return new Checked(pupil, blank ? null : scale.read("score", entry.score()), comment);
    }

    private record Checked(Pupil pupil, Score score, String comment) {
    }

    private static final String SUMMARY = """
            SELECT a.id, a.source_id, a.class_id, a.title, a.assessment_date, a.scale, c.title AS category, a.weight,
                   (SELECT count(*) FROM assessment_result r WHERE r.assessment_id = a.id AND r.status = 'active')
              FROM assessment a LEFT JOIN assessment_category c ON c.id = a.category_id""";

    private static AssessmentSummary summary(Tuple row) {
        return new AssessmentSummary(row.get(0, UUID.class), row.get(1, String.class), row.get(2, UUID.class),
                row.get(3, String.class), row.get(4, LocalDate.class), Scale.valueOf(row.get(5, String.class)),
                row.get(6, String.class), row.get(7, BigDecimal.class), ((Number) row.get(8)).longValue());
    }

    static Score score(Tuple row, int first) {
        Object number = row.get(first);
        if (number != null) {
            return Score.number(number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString()));
        }
        String mark = row.get(first + 1, String.class);
        return mark != null ? Score.mark(mark) : Score.verbal(row.get(first + 2, String.class));
    }
}
