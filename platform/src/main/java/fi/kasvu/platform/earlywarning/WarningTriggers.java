package fi.kasvu.platform.earlywarning;

import fi.kasvu.platform.assessment.GradeRecorded;
import fi.kasvu.platform.assessment.ResultRecorded;
import fi.kasvu.platform.attendance.LessonMarked;
import fi.kasvu.platform.attendance.MarksChanged;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Recomputes indicators as marks, results and grades are recorded, not in a nightly batch. The pupils an event names
 * are gathered for the transaction that records them, and recomputed once, in one statement, just before it commits:
 * a grid of thirty results costs one recompute, and a marking and its indicators commit together or not at all.
 */
@Component
class WarningTriggers {

    private static final Logger log = LoggerFactory.getLogger(WarningTriggers.class);

    private final Indicators indicators;
    private final SchoolDays schoolDays;

    WarningTriggers(Indicators indicators, SchoolDays schoolDays) {
        this.indicators = indicators;
        this.schoolDays = schoolDays;
    }

    @EventListener
    void on(LessonMarked marked) {
        Pending pending = pending();
        pending.students.addAll(marked.marks().keySet());
        pending.schoolDays.add(new SchoolDay(marked.schoolId(), marked.day()));
    }

    @EventListener
    void on(MarksChanged changed) {
        pending().students.add(changed.studentId());
        pending().lessons.addAll(changed.lessonIds());
    }

    @EventListener
    void on(ResultRecorded recorded) {
        pending().students.add(recorded.studentId());
    }

    @EventListener
    void on(GradeRecorded recorded) {
        pending().students.add(recorded.studentId());
    }

    @EventListener
    void on(WarningSettingsStore.SettingsChanged changed) {
        pending().everyone = true;
    }

    private record SchoolDay(UUID school, LocalDate day) {
    }

    private final class Pending implements TransactionSynchronization {
        final Set<UUID> students = new LinkedHashSet<>();
        final Set<SchoolDay> schoolDays = new LinkedHashSet<>();
        /** Lessons whose marks changed other than by marking: their school-days are recomputed too. */
        final Set<UUID> lessons = new LinkedHashSet<>();
        boolean everyone;

        @Override
        public void beforeCommit(boolean readOnly) {
            schoolDays.forEach(d -> schoolDays().recompute(d.school(), d.day()));
            if (!lessons.isEmpty()) {
                schoolDays().recomputeLessonDays(lessons);
            }
            int changed = everyone ? indicators.recomputeAll() : indicators.recompute(students);
            if (changed > 0) {
                log.debug("early warning: {} pupils' levels changed", changed);
            }
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(WarningTriggers.this);
        }
    }

    private SchoolDays schoolDays() {
        return schoolDays;
    }

    /** The pupils gathered for the current transaction; outside one, a transaction of its own is not made up. */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("marks, results and grades are recorded in a transaction");
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }
}
