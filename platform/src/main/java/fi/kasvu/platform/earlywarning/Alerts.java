package fi.kasvu.platform.earlywarning;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts to the people responsible for a pupil: the teachers of the pupil's homeroom class, the special-needs teachers
 * of the pupil's school and its principal. An alert is raised when an indicator crosses its threshold and withdrawn
 * when it falls back before anyone resolved it; a new alert reaches the responsible people by mail too
 * ({@link AlertMails}), and they record what they did. Anyone else, governance included, is refused a pupil's alerts,
 * and the refusal is audited.
 */
@Service
public class Alerts {

    static final String SPECIAL_NEEDS_TEACHER = "special-needs-teacher";

    /** Who is responsible for the alert's pupil: the SQL condition on alert {@code a}, bound as :me and :today. */
    private static final String RESPONSIBLE = """
            (EXISTS (SELECT 1 FROM enrollment t JOIN class_group c ON c.id = t.class_id AND c.class_type = 'homeroom'
                     JOIN enrollment e ON e.class_id = t.class_id
                     WHERE t.person_id = :me AND t.role = 'teacher' AND t.status = 'active'
                       AND (t.begin_date IS NULL OR t.begin_date <= :today) AND (t.end_date IS NULL OR t.end_date >= :today)
                       AND e.person_id = a.student_id AND e.role = 'student' AND e.status = 'active'
                       AND (e.begin_date IS NULL OR e.begin_date <= :today) AND (e.end_date IS NULL OR e.end_date >= :today))
             OR EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = :me AND r.school_id = a.school_id
                     AND r.status = 'active' AND (r.role = 'principal' OR (:special AND r.role IN ('teacher', 'aide')))
                     AND (r.begin_date IS NULL OR r.begin_date <= :today) AND (r.end_date IS NULL OR r.end_date >= :today)))""";

    private final EntityManager entities;
    private final StudentAccess students;
    private final AuditLog audit;
    private final Clock clock;
    private final AlertMails mails;

    Alerts(EntityManager entities, StudentAccess students, AuditLog audit, Clock clock, AlertMails mails) {
        this.entities = entities;
        this.students = students;
        this.audit = audit;
        this.clock = clock;
        this.mails = mails;
    }

    /**
     * Raises and withdraws alerts for the pupils whose levels changed, then tells the people responsible of the alerts
     * raised, all of them at once: one notice per alert and person, mailed as one mail per person.
     */
    void follow(List<Indicators.Change> changes, WarningSettings settings) {
        List<UUID> raised = new ArrayList<>();
        List<UUID> closed = new ArrayList<>();
        for (Indicators.Change change : changes) {
            follow(change, settings, raised, closed);
        }
        mails.closed(closed);
        mails.raised(raised, settings);
    }

    private void follow(Indicators.Change change, WarningSettings settings, List<UUID> raised, List<UUID> closed) {
        if (change.ladderLevel() > change.oldLadderLevel()) {
            int step = settings.ladderHours().get(Math.min(change.ladderLevel(), settings.ladderHours().size()) - 1);
            raise(change, Indicator.ABSENCE_HOURS, step, BigDecimal.valueOf(change.absenceMinutes())
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)).ifPresent(raised::add);
        } else if (change.ladderLevel() < change.oldLadderLevel()) {
            int below = change.ladderLevel() == 0 ? 0 : settings.ladderHours().get(change.ladderLevel() - 1);
            closed.addAll(withdraw(change.student(), Indicator.ABSENCE_HOURS, below));
        }
        if (change.shareOver() != change.oldShareOver()) {
            if (change.shareOver()) {
                raise(change, Indicator.ABSENCE_SHARE, settings.sharePercent().intValue(),
                        BigDecimal.valueOf(change.windowAbsent() * 100.0 / Math.max(1, change.windowLessons()))
                                .setScale(2, RoundingMode.HALF_UP)).ifPresent(raised::add);
            } else {
                closed.addAll(withdraw(change.student(), Indicator.ABSENCE_SHARE, 0));
            }
        }
        if (change.failing() != change.oldFailing()) {
            if (change.failing()) {
                raise(change, Indicator.FAILING_GRADE, 1, BigDecimal.valueOf(change.failingCount()))
                        .ifPresent(raised::add);
            } else {
                closed.addAll(withdraw(change.student(), Indicator.FAILING_GRADE, 0));
            }
        }
        if (change.dropOver() != change.oldDropOver()) {
            if (change.dropOver()) {
                raise(change, Indicator.AVERAGE_DROP, 1, change.averageDrop()).ifPresent(raised::add);
            } else {
                closed.addAll(withdraw(change.student(), Indicator.AVERAGE_DROP, 0));
            }
        }
    }

    /** The new alert's id; empty when the same alert is open already (a re-raise is no news to anyone). */
    private Optional<UUID> raise(Indicators.Change change, Indicator indicator, int level, BigDecimal value) {
        UUID id = UUID.randomUUID();
        int inserted = entities.createNativeQuery("""
                        INSERT INTO warning_alert (id, student_id, school_id, indicator, level, value, raised_at)
                        VALUES (:id, :student, :school, :indicator, :level, :value, :at)
                        ON CONFLICT (student_id, indicator, level) WHERE state NOT IN ('RESOLVED', 'WITHDRAWN') DO NOTHING""")
                .setParameter("id", id).setParameter("student", change.student())
                .setParameter("school", change.school()).setParameter("indicator", indicator.name())
                .setParameter("level", level).setParameter("value", value)
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Withdraws the pupil's open alerts of the indicator above the level (all of them for level 0); returns them. */
    @SuppressWarnings("unchecked")
    private List<UUID> withdraw(UUID student, Indicator indicator, int level) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return entities.createNativeQuery("""
                        WITH closed AS (
                          UPDATE warning_alert SET state = 'WITHDRAWN', closed_at = :now
                          WHERE student_id = :student AND indicator = :indicator AND level > :level
                            AND state NOT IN ('RESOLVED', 'WITHDRAWN') RETURNING id),
                        acted AS (
                          INSERT INTO warning_action (id, alert_id, action, note, acted_by, acted_at)
                          SELECT gen_random_uuid(), id, 'WITHDRAWN', 'the indicator fell back under its threshold',
                            'Kasvu', :now FROM closed)
                        SELECT id FROM closed""", UUID.class)
                .setParameter("now", now).setParameter("student", student).setParameter("indicator", indicator.name())
                .setParameter("level", level).getResultList();
    }

    /**
     * The alerts of the pupils the actor is responsible for, open ones first, newest first. Notes whether the actor is
     * a special-needs teacher, so that new alerts of their school reach them by mail too (see {@link AlertMails}).
     */
    @Transactional
    public List<AlertSummary> forMe(Actor actor, boolean openOnly) {
        Optional<UUID> me = students.personOf(actor);
        if (me.isEmpty()) {
            return List.of();
        }
        mails.seen(me.get(), actor.hasRole(SPECIAL_NEEDS_TEACHER));
        return query(RESPONSIBLE + (openOnly ? " AND a.state NOT IN ('RESOLVED', 'WITHDRAWN')" : ""), me.get(),
                actor.hasRole(SPECIAL_NEEDS_TEACHER), null);
    }

    /** One pupil's alerts, for the people responsible for them; anyone else is refused, and that is audited. */
    @Transactional
    public List<AlertSummary> ofStudent(Actor actor, UUID studentId) {
        Optional<UUID> me = students.personOf(actor);
        List<AlertSummary> found = me.isEmpty() ? List.of()
                : query(RESPONSIBLE + " AND a.student_id = :student", me.get(), actor.hasRole(SPECIAL_NEEDS_TEACHER),
                studentId);
        boolean responsible = me.isPresent() && isResponsible(me.get(), actor.hasRole(SPECIAL_NEEDS_TEACHER), studentId);
        if (!responsible) {
            audit.recordRefusal(actor, "early-warning.refused", studentId, "a pupil's alerts");
            throw new AccessRefusedException("only the pupil's homeroom teacher, the school's special-needs teachers "
                    + "and principal see a pupil's alerts");
        }
        audit.record(actor, "early-warning.read", studentId, "alerts");
        return found;
    }

    /** Records what was done about an alert; the action becomes its state. Only the responsible people act. */
    @Transactional
    public void act(Actor actor, UUID alertId, AlertAction action, String note) {
        if (action == null) {
            throw new InvalidFieldException("action", "say what was done");
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidFieldException("note", "at most 2000 characters");
        }
        List<?> found = entities.createNativeQuery("SELECT student_id, state FROM warning_alert WHERE id = :id")
                .setParameter("id", alertId).getResultList();
        if (found.isEmpty()) {
            throw new InvalidFieldException("alert", "there is no such alert");
        }
        Object[] alert = (Object[]) found.getFirst();
        UUID student = (UUID) alert[0];
        Optional<UUID> me = students.personOf(actor);
        if (me.isEmpty() || !isResponsible(me.get(), actor.hasRole(SPECIAL_NEEDS_TEACHER), student)) {
            audit.recordRefusal(actor, "early-warning.refused", student, "act on an alert");
            throw new AccessRefusedException("only the people responsible for the pupil act on their alerts");
        }
        if (AlertState.valueOf((String) alert[1]).isClosed()) {
            throw new InvalidFieldException("alert", "is closed already");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        entities.createNativeQuery("""
                        INSERT INTO warning_action (id, alert_id, action, note, acted_by, acted_at)
                        VALUES (:id, :alert, :action, :note, :by, :at)""")
                .setParameter("id", UUID.randomUUID()).setParameter("alert", alertId).setParameter("action", action.name())
                .setParameter("note", note == null || note.isBlank() ? null : note.strip())
                .setParameter("by", actor.displayName()).setParameter("at", now).executeUpdate();
        entities.createNativeQuery("UPDATE warning_alert SET state = :state, closed_at = :closed WHERE id = :id")
                .setParameter("state", action.name()).setParameter("closed", action == AlertAction.RESOLVED ? now : null)
                .setParameter("id", alertId).executeUpdate();
        if (action == AlertAction.RESOLVED) {
            mails.closed(List.of(alertId));
        }
        audit.record(actor, "early-warning.acted", student, "alert " + alertId + " " + action);
    }

    private boolean isResponsible(UUID me, boolean special, UUID student) {
        return !entities.createNativeQuery("""
                        SELECT 1 FROM (SELECT CAST(:student AS uuid) AS student_id,
                          (SELECT primary_school_id FROM person WHERE id = :student) AS school_id) a
                        WHERE\s""" + RESPONSIBLE)
                .setParameter("student", student).setParameter("me", me).setParameter("special", special)
                .setParameter("today", LocalDate.now(clock)).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<AlertSummary> query(String condition, UUID me, boolean special, UUID student) {
        var query = entities.createNativeQuery("""
                SELECT a.id, a.student_id, p.given_name || ' ' || p.family_name, a.school_id, a.indicator, a.level,
                  a.value, a.state, a.raised_at
                FROM warning_alert a JOIN person p ON p.id = a.student_id WHERE\s""" + condition
                + " ORDER BY a.state IN ('RESOLVED', 'WITHDRAWN'), a.raised_at DESC LIMIT 500")
                .setParameter("me", me).setParameter("special", special).setParameter("today", LocalDate.now(clock));
        if (student != null) {
            query.setParameter("student", student);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new AlertSummary((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3],
                Indicator.valueOf((String) r[4]), ((Number) r[5]).intValue(), (BigDecimal) r[6],
                AlertState.valueOf((String) r[7]), instant(r[8]), actions((UUID) r[0]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<AlertSummary.ActionTaken> actions(UUID alert) {
        List<Object[]> rows = entities.createNativeQuery("""
                        SELECT action, note, acted_by, acted_at FROM warning_action WHERE alert_id = :alert
                        ORDER BY acted_at""").setParameter("alert", alert).getResultList();
        return rows.stream().map(r -> new AlertSummary.ActionTaken(AlertState.valueOf((String) r[0]),
                (String) r[1], (String) r[2], instant(r[3]))).toList();
    }

    static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected time " + value.getClass());
        };
    }
}
