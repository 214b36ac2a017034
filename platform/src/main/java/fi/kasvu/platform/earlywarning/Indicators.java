package fi.kasvu.platform.earlywarning;

import fi.kasvu.platform.school.SchoolCalendar;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes pupils' indicators in one set-based statement from the school days ({@link StudentDays}), results and
 * grades of the current school year, stores them in {@code warning_state}, and raises or withdraws alerts for the pupils whose levels changed. The
 * statement reads the old states and writes the new ones in one snapshot, so only real crossings (up or down) reach
 * the alerts. Called for the pupils of a lesson as it is marked, of a result or grade as it is recorded, and for
 * everyone when the settings change or on demand.
 */
@Service
public class Indicators {

    private final EntityManager entities;
    private final Alerts alerts;
    private final WarningSettingsStore settings;
    private final Clock clock;
    private final SchoolCalendar calendar;

    Indicators(EntityManager entities, Alerts alerts, WarningSettingsStore settings, Clock clock,
               SchoolCalendar calendar) {
        this.calendar = calendar;
        this.entities = entities;
        this.alerts = alerts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Recomputes the pupils' indicators; returns how many pupils' levels changed. */
    @Transactional
    public int recompute(Collection<UUID> students) {
        if (students.isEmpty()) {
            return 0;
        }
        String ids = students.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        return run("SELECT p.id, p.primary_school_id AS school_id FROM person p WHERE p.id = ANY (CAST(:ids AS uuid[]))",
                ids);
    }

    /** Recomputes every active pupil of the municipality; returns how many pupils' levels changed. */
    @Transactional
    public int recomputeAll() {
        return run("""
                SELECT p.id, p.primary_school_id AS school_id FROM person p
                WHERE p.status = 'active' AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id
                  AND r.role = 'student' AND r.status = 'active')""", null);
    }

    @SuppressWarnings("unchecked")
    private int run(String pupils, String ids) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = calendar.schoolYearStart(today);
        WarningSettings current = settings.current();
        // a whole municipality's aggregation sorts and hashes in memory rather than on disk
        entities.createNativeQuery("SET LOCAL work_mem = '256MB'").executeUpdate();
        var query = entities.createNativeQuery("""
                WITH s AS (SELECT * FROM warning_settings),
                pupils AS (\s""" + pupils + """
                ),
                att AS (
                  SELECT d.student_id,
                    sum(CASE WHEN 'ABSENT_EXPLAINED' = ANY (s.counted_kinds) THEN d.minutes_explained ELSE 0 END
                      + CASE WHEN 'ABSENT_UNEXPLAINED' = ANY (s.counted_kinds) THEN d.minutes_unexplained ELSE 0 END
                      + CASE WHEN 'ILLNESS' = ANY (s.counted_kinds) THEN d.minutes_illness ELSE 0 END
                      + CASE WHEN 'PERMITTED_LEAVE' = ANY (s.counted_kinds) THEN d.minutes_leave ELSE 0 END)
                      AS absence_minutes,
                    sum(d.lessons) AS year_lessons, sum(d.absent) AS year_absent,
                    sum(d.lessons) FILTER (WHERE d.day >= :windowStart) AS window_lessons,
                    sum(d.absent) FILTER (WHERE d.day >= :windowStart) AS window_absent
                  FROM pupils p JOIN warning_student_day d ON d.student_id = p.id CROSS JOIN s
                  WHERE d.day BETWEEN :yearStart AND :today
                  GROUP BY d.student_id),
                fail AS (
                  SELECT student_id, count(*) AS n FROM (
                    SELECT g.student_id FROM pupils p JOIN grade g ON g.student_id = p.id
                      JOIN academic_session t ON t.id = g.session_id
                    WHERE t.end_date >= :yearStart AND t.start_date <= :today AND (g.score = 4 OR g.mark = 'H')
                    UNION ALL
                    SELECT r.student_id FROM pupils p JOIN assessment_result r ON r.student_id = p.id
                      JOIN assessment a ON a.id = r.assessment_id
                    WHERE r.status = 'active' AND a.status = 'active' AND a.assessment_date BETWEEN :yearStart AND :today
                      AND (r.score < 5 OR r.mark = 'H')) f
                  GROUP BY student_id),
                terms AS (
                  SELECT g.student_id, t.start_date, avg(g.score) AS av
                  FROM pupils p JOIN grade g ON g.student_id = p.id JOIN academic_session t ON t.id = g.session_id
                  WHERE g.kind = 'TERM' AND g.score IS NOT NULL AND t.start_date <= :today
                  GROUP BY g.student_id, t.start_date),
                ranked AS (SELECT student_id, av, row_number() OVER (PARTITION BY student_id ORDER BY start_date DESC) AS rn
                           FROM terms),
                drops AS (SELECT student_id, max(av) FILTER (WHERE rn = 2) - max(av) FILTER (WHERE rn = 1) AS fall
                          FROM ranked WHERE rn <= 2 GROUP BY student_id HAVING count(*) = 2),
                computed AS (
                  SELECT p.id AS student_id, p.school_id, round(coalesce(a.absence_minutes, 0))::bigint AS absence_minutes,
                    coalesce(a.year_lessons, 0)::int AS year_lessons, coalesce(a.year_absent, 0)::int AS year_absent,
                    coalesce(a.window_lessons, 0)::int AS window_lessons, coalesce(a.window_absent, 0)::int AS window_absent,
                    coalesce(f.n, 0)::int AS failing_count, round(d.fall, 2) AS average_drop,
                    (SELECT count(*) FROM unnest(s.absence_ladder_hours) h
                     WHERE coalesce(a.absence_minutes, 0) >= h * 60)::smallint AS ladder_level,
                    (coalesce(a.window_lessons, 0) > 0
                     AND a.window_absent * 100.0 / a.window_lessons >= s.absence_share_percent) AS share_over,
                    (s.failing_grade AND coalesce(f.n, 0) > 0) AS failing,
                    (coalesce(d.fall, 0) >= s.average_drop) AS drop_over
                  FROM pupils p CROSS JOIN s LEFT JOIN att a ON a.student_id = p.id
                    LEFT JOIN fail f ON f.student_id = p.id LEFT JOIN drops d ON d.student_id = p.id),
                old AS (SELECT w.* FROM warning_state w JOIN pupils p ON p.id = w.student_id),
                upserted AS (
                  INSERT INTO warning_state AS w (student_id, school_id, absence_minutes, year_lessons, year_absent,
                    window_lessons, window_absent, failing_count, average_drop, ladder_level, share_over, failing,
                    drop_over, computed_at)
                  SELECT student_id, school_id, absence_minutes, year_lessons, year_absent, window_lessons, window_absent,
                    failing_count, average_drop, ladder_level, share_over, failing, drop_over, now() FROM computed
                  ON CONFLICT (student_id) DO UPDATE SET school_id = EXCLUDED.school_id,
                    absence_minutes = EXCLUDED.absence_minutes, year_lessons = EXCLUDED.year_lessons,
                    year_absent = EXCLUDED.year_absent, window_lessons = EXCLUDED.window_lessons,
                    window_absent = EXCLUDED.window_absent, failing_count = EXCLUDED.failing_count,
                    average_drop = EXCLUDED.average_drop, ladder_level = EXCLUDED.ladder_level,
                    share_over = EXCLUDED.share_over, failing = EXCLUDED.failing, drop_over = EXCLUDED.drop_over,
                    computed_at = EXCLUDED.computed_at
                  RETURNING w.*)
                SELECT u.student_id, u.school_id, u.absence_minutes, u.window_lessons, u.window_absent, u.failing_count,
                  u.average_drop, u.ladder_level, u.share_over, u.failing, u.drop_over,
                  coalesce(o.ladder_level, 0), coalesce(o.share_over, false), coalesce(o.failing, false),
                  coalesce(o.drop_over, false)
                FROM upserted u LEFT JOIN old o ON o.student_id = u.student_id
                WHERE u.ladder_level <> coalesce(o.ladder_level, 0) OR u.share_over <> coalesce(o.share_over, false)
                   OR u.failing <> coalesce(o.failing, false) OR u.drop_over <> coalesce(o.drop_over, false)""")
                .setParameter("windowStart", today.minusDays(current.windowDays() - 1L))
                .setParameter("yearStart", yearStart).setParameter("today", today);
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        List<Object[]> changed = query.getResultList();
        // all of them at once, so that a recompute raising hundreds of alerts tells each person once
        alerts.follow(changed.stream().map(row -> new Change((UUID) row[0], (UUID) row[1],
                ((Number) row[2]).longValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                ((Number) row[5]).intValue(), (BigDecimal) row[6], ((Number) row[7]).intValue(), (Boolean) row[8],
                (Boolean) row[9], (Boolean) row[10], ((Number) row[11]).intValue(), (Boolean) row[12],
                (Boolean) row[13], (Boolean) row[14])).toList(), current);
        return changed.size();
    }

    /** A pupil whose levels changed: the new values and the old levels. */
    record Change(UUID student, UUID school, long absenceMinutes, int windowLessons, int windowAbsent, int failingCount,
                  BigDecimal averageDrop, int ladderLevel, boolean shareOver, boolean failing, boolean dropOver,
                  int oldLadderLevel, boolean oldShareOver, boolean oldFailing, boolean oldDropOver) {
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
