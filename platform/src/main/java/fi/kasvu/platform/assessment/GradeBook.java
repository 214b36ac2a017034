package fi.kasvu.platform.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.audit.AccessRefusedException;
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
 * Term and year grades per student and subject ({@link GradePolicy} says which values are allowed). The group's
 * teachers give a subject's grades to the whole group at once, all or nothing; students see their own, guardians
 * their children's, staff reads are audited.
 */
@Service
public class GradeBook {

    static final String GRADES_READ = "assessment.grades-read";

    private final EntityManager entities;
    private final GroupRoster roster;
    private final StudentAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TenantContext tenants;

    GradeBook(EntityManager entities, GroupRoster roster, StudentAccess access, AuditLog audit,
              ApplicationEventPublisher events, TenantContext tenants) {
        this.entities = entities;
        this.roster = roster;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.tenants = tenants;
    }

    /**
     * Records a subject's grades for the group: each row a whole number 4-10, S/H where allowed, words in grades 1-3,
     * or blank to remove the student's grade.
     *
     * @throws RowRefusedException naming the first row that cannot be taken; nothing was written
     */
    @Transactional
    public int recordGrades(Actor actor, GradeSheet sheet) {
        if (sheet == null) {
            throw new InvalidFieldException("grades", "fill in the grades");
        }
        Group group = roster.require(sheet.classId());
        access.requireClass(actor, group.id(), "give grades in this group");
        String subject = subject(group, sheet.subjectCode());
        if (sheet.kind() == null) {
            throw new InvalidFieldException("kind", "choose a term grade or a year grade");
        }
        UUID session = session(group, sheet.kind(), sheet.termId());
        boolean passFail = roster.passFailAllowed(subject);
        Map<UUID, Pupil> students = new HashMap<>();
        roster.students(group.id()).forEach(pupil -> students.put(pupil.id(), pupil));
        var checked = new ArrayList<Checked>();
        for (int row = 0; row < sheet.entries().size(); row++) {
            GradeEntry entry = sheet.entries().get(row);
            Pupil pupil = entry == null ? null : students.get(entry.studentId());
            if (pupil == null) {
                throw new RowRefusedException(row, entry == null ? null : entry.studentId(), "?",
                        new InvalidFieldException("student", "is no student of the group"));
            }
            Integer level = group.gradeLevel() != null ? group.gradeLevel() : pupil.gradeLevel();
            try {
                Score score = entry.value() == null || entry.value().isBlank() ? null
                        : GradePolicy.read(entry.value(), level, passFail, entry.optional(), subject);
                checked.add(new Checked(pupil, score, level, entry.optional()));
            } catch (InvalidFieldException e) {
                throw new RowRefusedException(row, pupil.id(), pupil.name(), e);
            }
        }
        for (Checked row : checked) {
            write(actor, group, subject, sheet.kind(), session, row);
        }
        return checked.size();
    }

    /** The group's students and their grade in the subject for the term or year (a row without a score: none yet). */
    @Transactional
    public List<GradeRow> gradesOfGroup(Actor actor, UUID classId, String subjectCode, GradeKind kind, UUID termId) {
        Group group = roster.require(classId);
        access.requireClass(actor, group.id(), "see this group's grades");
        String subject = subject(group, subjectCode);
        if (kind == null) {
            throw new InvalidFieldException("kind", "choose a term grade or a year grade");
        }
        UUID session = session(group, kind, termId);
        Map<UUID, GradeRow> given = new HashMap<>();
        for (GradeRow row : query("g.session_id = :session AND g.subject_code = :subject",
                Map.of("session", session, "subject", subject))) {
            given.put(row.studentId(), row);
        }
        String subjectName = roster.subjectName(subject).orElse(subject);
        var grid = new ArrayList<GradeRow>();
        for (Pupil pupil : roster.students(group.id())) {
            GradeRow row = given.get(pupil.id());
            grid.add(row != null ? row : new GradeRow(pupil.id(), pupil.name(), subject, subjectName, kind, session,
                    null, null, false));
            audit.record(actor, GRADES_READ, pupil.id(), "grades of " + subject + " in group " + classId);
        }
        return grid;
    }

    /** Every term and year grade of the student, newest session first, by subject. */
    @Transactional
    public List<GradeRow> gradesOf(Actor actor, UUID studentId) {
        StudentAccess.Relation relation = access.require(actor, studentId, "see this student's grades");
        if (relation != StudentAccess.Relation.SELF && relation != StudentAccess.Relation.GUARDIAN) {
            audit.record(actor, GRADES_READ, studentId, "term and year grades");
        }
        return query("g.student_id = :student", Map.of("student", studentId));
    }

    /** Lets a subject be marked S/H, or no longer; for a city admin, as the municipality's curriculum says. */
    @Transactional
    public void allowPassFail(Actor actor, String subjectCode, boolean allowed) {
        if (actor == null || !actor.isCityAdmin()) {
            throw new AccessRefusedException("only a city admin decides which subjects are marked pass/fail");
        }
        if (roster.subjectName(subjectCode == null ? "" : subjectCode).isEmpty()) {
            throw new InvalidFieldException("subject", "there is no subject " + subjectCode);
        }
        entities.createNativeQuery("""
                        INSERT INTO subject_assessment (subject_code, pass_fail_allowed) VALUES (:code, :allowed)
                        ON CONFLICT (subject_code) DO UPDATE SET pass_fail_allowed = EXCLUDED.pass_fail_allowed""")
                .setParameter("code", subjectCode).setParameter("allowed", allowed).executeUpdate();
        audit.record(actor, "assessment.pass-fail-changed", null, subjectCode + " " + allowed);
    }

    /** The subjects marked pass/fail. */
    @Transactional(readOnly = true)
    public List<String> passFailSubjects() {
        List<?> codes = entities.createNativeQuery("SELECT subject_code FROM subject_assessment "
                + "WHERE pass_fail_allowed ORDER BY subject_code", String.class).getResultList();
        return codes.stream().map(String.class::cast).toList();
    }

    private void write(Actor actor, Group group, String subject, GradeKind kind, UUID session, Checked row) {
        if (row.score() == null) {
            int removed = entities.createNativeQuery("DELETE FROM grade WHERE student_id = :s AND subject_code = :subject "
                            + "AND session_id = :session").setParameter("s", row.pupil().id())
                    .setParameter("subject", subject).setParameter("session", session).executeUpdate();
            if (removed > 0) {
                events.publishEvent(new GradeRecorded(tenants.require(), row.pupil().id(), subject, kind, session, null));
            }
            return;
        }
        Score score = row.score();
        entities.createNativeQuery("""
                        INSERT INTO grade (id, student_id, subject_code, kind, session_id, school_year_id, class_id,
                                           grade_level, score, mark, verbal, optional, recorded_by)
                        VALUES (:id, :s, :subject, :kind, :session, :year, :class, :level, :score, :mark, :verbal,
                                :optional, :by)
                        ON CONFLICT (student_id, subject_code, session_id) DO UPDATE SET class_id = EXCLUDED.class_id,
                            grade_level = EXCLUDED.grade_level, score = EXCLUDED.score, mark = EXCLUDED.mark,
                            verbal = EXCLUDED.verbal, optional = EXCLUDED.optional, recorded_by = EXCLUDED.recorded_by,
                            updated_at = now()""")
                .setParameter("id", UUID.randomUUID()).setParameter("s", row.pupil().id())
                .setParameter("subject", subject).setParameter("kind", kind.name()).setParameter("session", session)
                .setParameter("year", group.schoolYearId()).setParameter("class", group.id())
                .setParameter("level", row.level())
                .setParameter("score", score.number() == null ? null : score.number().intValueExact())
                .setParameter("mark", score.mark()).setParameter("verbal", score.verbal())
                .setParameter("optional", row.optional()).setParameter("by", actor.accountId()).executeUpdate();
        events.publishEvent(new GradeRecorded(tenants.require(), row.pupil().id(), subject, kind, session, score));
    }

    private String subject(Group group, String given) {
        String code = given == null || given.isBlank() ? group.subjectCode() : given.strip().toUpperCase();
        if (code == null) {
            throw new InvalidFieldException("subject", "choose the subject of the grades");
        }
        if (group.subjectCode() != null && !group.subjectCode().equals(code)) {
            throw new InvalidFieldException("subject", "the group " + group.title() + " is a group of "
                    + group.subjectCode() + ", not of " + code);
        }
        if (roster.subjectName(code).isEmpty()) {
            throw new InvalidFieldException("subject", "there is no subject " + code);
        }
        return code;
    }

    private UUID session(Group group, GradeKind kind, UUID termId) {
        if (kind == GradeKind.YEAR) {
            return group.schoolYearId();
        }
        if (termId == null || entities.createNativeQuery("SELECT 1 FROM academic_session WHERE id = :id "
                        + "AND type = 'term' AND parent_id = :year").setParameter("id", termId)
                .setParameter("year", group.schoolYearId()).getResultList().isEmpty()) {
            throw new InvalidFieldException("term", "choose a term of the group's school year");
        }
        return termId;
    }

    private List<GradeRow> query(String condition, Map<String, Object> parameters) {
        var query = entities.createNativeQuery("""
                SELECT g.student_id, p.given_name || ' ' || p.family_name, g.subject_code, s.name_fi, g.kind,
                       g.session_id, a.title, g.score, g.mark, g.verbal, g.optional
                  FROM grade g JOIN person p ON p.id = g.student_id JOIN subject s ON s.code = g.subject_code
                       JOIN academic_session a ON a.id = g.session_id
                 WHERE\s""" + condition + " ORDER BY a.start_date DESC, a.type, s.name_fi, p.family_name, p.given_name",
                Tuple.class);
        parameters.forEach(query::setParameter);
        List<?> rows = query.getResultList();
        return rows.stream().map(Tuple.class::cast).map(row -> new GradeRow(row.get(0, UUID.class),
                row.get(1, String.class), row.get(2, String.class), row.get(3, String.class),
                GradeKind.valueOf(row.get(4, String.class)), row.get(5, UUID.class), row.get(6, String.class),
                Assessments.score(row, 7), Boolean.TRUE.equals(row.get(10, Boolean.class)))).toList();
    }

    private record Checked(Pupil pupil, Score score, Integer level, boolean optional) {
    }
}
