package fi.kasvu.platform.insight;

import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolAccess;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolScope;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's and each school's dashboards. Governance and city admins see the municipality and every school;
 * a principal their own school. Only aggregates leave this service, every count through {@link SmallCells}; the
 * figures come from the early-warning states, the per-school-day attendance and the grades, support decisions and
 * alerts of the current school year, never from a list of pupils.
 */
@Service
public class Dashboards {

    public static final String GOVERNANCE = "governance";
    static final double CHRONIC_SHARE = 0.10;

    private final EntityManager entities;
    private final SchoolAccess schools;
    private final Clock clock;
    private final SchoolCalendar calendar;

    Dashboards(EntityManager entities, SchoolAccess schools, Clock clock, SchoolCalendar calendar) {
        this.calendar = calendar;
        this.entities = entities;
        this.schools = schools;
        this.clock = clock;
    }

    /** The whole municipality, for governance and city admins. */
    @Transactional(readOnly = true)
    public Dashboard municipality(Actor actor) {
        if (actor == null || !actor.hasRole(GOVERNANCE) && !actor.isCityAdmin()) {
            throw new AccessRefusedException("the municipality's dashboard is for governance and city admins");
        }
        return build(null, "municipality");
    }

    /** One school: governance and city admins any, a principal their own. */
    @Transactional(readOnly = true)
    public Dashboard school(Actor actor, UUID schoolId) {
        if (schoolId == null) {
            throw new InvalidFieldException("school", "choose the school");
        }
        if (actor == null || !actor.hasRole(GOVERNANCE)) {
            schools.requireSchool(actor, schoolId);
        }
        List<?> name = entities.createNativeQuery("SELECT name FROM school WHERE id = :id").setParameter("id", schoolId)
                .getResultList();
        if (name.isEmpty()) {
            throw new InvalidFieldException("school", "there is no such school");
        }
        return build(schoolId, (String) name.getFirst());
    }

    /** The schools whose dashboards the actor may open. */
    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<SchoolChoice> schoolsFor(Actor actor) {
        List<Object[]> rows = entities.createNativeQuery("SELECT id, name FROM school ORDER BY name").getResultList();
        List<SchoolChoice> all = rows.stream().map(r -> new SchoolChoice((UUID) r[0], (String) r[1])).toList();
        if (actor != null && actor.hasRole(GOVERNANCE)) {
            return all;
        }
        SchoolScope scope = schools.scopeOf(actor);
        return all.stream().filter(s -> scope.includes(s.id())).toList();
    }

    private Dashboard build(UUID school, String title) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = calendar.schoolYearStart(today);
        String inSchool = school == null ? "" : " AND w.school_id = :school";
        Object[] pupils = (Object[]) bind(entities.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE w.year_lessons > 0
                  AND w.year_absent >= w.year_lessons * CAST(:chronic AS numeric))
                FROM warning_state w WHERE true""" + inSchool).setParameter("chronic", CHRONIC_SHARE), school)
                .getSingleResult();
        int pupilCount = ((Number) pupils[0]).intValue();
        int chronic = ((Number) pupils[1]).intValue();
        return new Dashboard(school, title, yearStart, today, SmallCells.count(pupilCount, pupilCount),
                trend(school, yearStart, today, pupilCount), SmallCells.split(chronic, pupilCount),
                grades(school, yearStart, today), support(school, today, pupilCount), alerts(school, pupilCount),
                school == null ? schoolRows() : List.of());
    }

    @SuppressWarnings("unchecked")
    private List<Dashboard.Week> trend(UUID school, LocalDate from, LocalDate to, int pupils) {
        List<Object[]> rows = bind(entities.createNativeQuery("""
                SELECT CAST(date_trunc('week', d.day) AS date), sum(d.student_lessons), sum(d.absent_lessons)
                FROM attendance_school_day d WHERE d.day BETWEEN :from AND :to"""
                + (school == null ? "" : " AND d.school_id = :school") + """
                 GROUP BY 1 ORDER BY 1""".indent(1)).setParameter("from", from).setParameter("to", to), school)
                .getResultList();
        return rows.stream().map(r -> {
            long lessons = ((Number) r[1]).longValue();
            long absent = ((Number) r[2]).longValue();
            Double share = pupils < SmallCells.SMALLEST || lessons == 0 ? null
                    : Math.round(absent * 1000.0 / lessons) / 10.0;
            return new Dashboard.Week(date(r[0]), share);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Dashboard.GradeRow> grades(UUID school, LocalDate from, LocalDate to) {
        List<Object[]> rows = bind(entities.createNativeQuery("""
                SELECT g.subject_code, g.grade_level, g.score, count(*)
                FROM grade g JOIN academic_session t ON t.id = g.session_id JOIN class_group c ON c.id = g.class_id
                WHERE g.score IS NOT NULL AND t.end_date >= :from AND t.start_date <= :to"""
                + (school == null ? "" : " AND c.school_id = :school") + """
                 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""".indent(1)).setParameter("from", from).setParameter("to", to), school)
                .getResultList();
        Map<String, int[]> groups = new LinkedHashMap<>();
        Map<String, Object[]> keys = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String key = r[0] + "|" + r[1];
            keys.putIfAbsent(key, new Object[] {r[0], r[1]});
            int score = ((Number) r[2]).intValue();
            groups.computeIfAbsent(key, k -> new int[7])[score - 4] += ((Number) r[3]).intValue();
        }
        var result = new ArrayList<Dashboard.GradeRow>();
        groups.forEach((key, cells) -> {
            List<Integer> counts = new ArrayList<>();
            for (int c : cells) {
                counts.add(c);
            }
            Object[] k = keys.get(key);
            result.add(new Dashboard.GradeRow((String) k[0], k[1] == null ? null : ((Number) k[1]).intValue(),
                    SmallCells.distribution(counts)));
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Dashboard.Count> support(UUID school, LocalDate today, int pupils) {
        List<Object[]> rows = bind(entities.createNativeQuery("""
                SELECT m, count(DISTINCT d.student_id) FROM support_decision d, unnest(d.measures) m
                WHERE d.status IN ('DECIDED', 'REVIEWED') AND d.start_date <= :today"""
                + (school == null ? "" : " AND d.school_id = :school") + """
                 GROUP BY m ORDER BY m""".indent(1)).setParameter("today", today), school).getResultList();
        return rows.stream().map(r -> new Dashboard.Count((String) r[0],
                SmallCells.split(((Number) r[1]).intValue(), pupils))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Dashboard.Count> alerts(UUID school, int pupils) {
        List<Object[]> rows = bind(entities.createNativeQuery("""
                SELECT a.indicator, count(DISTINCT a.student_id) FROM warning_alert a
                WHERE a.state NOT IN ('RESOLVED', 'WITHDRAWN')"""
                + (school == null ? "" : " AND a.school_id = :school") + """
                 GROUP BY a.indicator ORDER BY a.indicator""".indent(1)), school).getResultList();
        return rows.stream().map(r -> new Dashboard.Count((String) r[0],
                SmallCells.split(((Number) r[1]).intValue(), pupils))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Dashboard.SchoolRow> schoolRows() {
        List<Object[]> rows = entities.createNativeQuery("""
                SELECT s.id, s.name, count(w.student_id),
                  count(w.student_id) FILTER (WHERE w.year_lessons > 0
                    AND w.year_absent >= w.year_lessons * CAST(:chronic AS numeric)),
                  (SELECT count(DISTINCT a.student_id) FROM warning_alert a WHERE a.school_id = s.id
                     AND a.state NOT IN ('RESOLVED', 'WITHDRAWN'))
                FROM school s LEFT JOIN warning_state w ON w.school_id = s.id
                GROUP BY s.id, s.name ORDER BY s.name""").setParameter("chronic", CHRONIC_SHARE).getResultList();
        return rows.stream().map(r -> {
            int n = ((Number) r[2]).intValue();
            return new Dashboard.SchoolRow((UUID) r[0], (String) r[1], SmallCells.count(n, n),
                    SmallCells.split(((Number) r[3]).intValue(), n), SmallCells.split(((Number) r[4]).intValue(), n));
        }).toList();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, UUID school) {
        return school == null ? query : query.setParameter("school", school);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
