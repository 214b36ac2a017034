package fi.kasvu.platform.earlywarning;

import fi.kasvu.platform.support.EvidenceSection;
import fi.kasvu.platform.support.EvidenceSection.Fact;
import fi.kasvu.platform.support.SupportEvidence;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What early warning knows of a pupil, for the draft of a support document: the school year's absence hours and
 * share of lessons missed, failing grades, the drop in the term average, the latest term grades and the open alerts.
 * The pupil is recomputed first, so the draft quotes today's figures.
 */
@Component
class IndicatorEvidence implements SupportEvidence {

    private final Indicators indicators;
    private final EntityManager entities;

    IndicatorEvidence(Indicators indicators, EntityManager entities) {
        this.indicators = indicators;
        this.entities = entities;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<EvidenceSection> about(UUID studentId, LocalDate today) {
        indicators.recompute(List.of(studentId));
        List<Object[]> state = entities.createNativeQuery("""
                        SELECT absence_minutes, year_lessons, year_absent, failing_count, average_drop FROM warning_state
                        WHERE student_id = :student""").setParameter("student", studentId).getResultList();
        var facts = new ArrayList<Fact>();
        if (!state.isEmpty()) {
            Object[] s = state.getFirst();
            int lessons = ((Number) s[1]).intValue();
            if (lessons > 0) {
                facts.add(Fact.of("absenceHours", BigDecimal.valueOf(((Number) s[0]).longValue())
                        .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)));
                facts.add(Fact.of("absenceShare", BigDecimal.valueOf(((Number) s[2]).intValue() * 100.0 / lessons)
                        .setScale(1, RoundingMode.HALF_UP), lessons));
            }
            if (((Number) s[3]).intValue() > 0) {
                facts.add(Fact.of("failing", s[3]));
            }
            if (s[4] != null) {
                facts.add(Fact.of("averageChange", ((BigDecimal) s[4]).negate()));
            }
        }
        List<Object[]> grades = entities.createNativeQuery("""
                        SELECT g.subject_code, coalesce(g.score::text, g.mark, '-') FROM grade g
                        JOIN academic_session t ON t.id = g.session_id
                        WHERE g.student_id = :student AND g.kind = 'TERM' AND t.start_date = (
                          SELECT max(t2.start_date) FROM grade g2 JOIN academic_session t2 ON t2.id = g2.session_id
                          WHERE g2.student_id = :student AND g2.kind = 'TERM' AND t2.start_date <= :today)
                        ORDER BY g.subject_code""").setParameter("student", studentId).setParameter("today", today)
                .getResultList();
        grades.forEach(g -> facts.add(Fact.of("termGrade", g[0], g[1])));
        List<Object[]> alerts = entities.createNativeQuery("""
                        SELECT indicator, level FROM warning_alert WHERE student_id = :student
                          AND state NOT IN ('RESOLVED', 'WITHDRAWN') ORDER BY raised_at""")
                .setParameter("student", studentId).getResultList();
        alerts.forEach(a -> facts.add(Fact.of("openAlert", a[0], a[1])));
        return facts.isEmpty() ? Optional.empty() : Optional.of(new EvidenceSection("attendanceAndLearning", facts));
    }
}
