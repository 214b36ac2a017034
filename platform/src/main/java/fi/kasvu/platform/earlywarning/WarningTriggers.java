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
    private final StudentDays studentDays;

    WarningTriggers(Indicators indicators, SchoolDays schoolDays, StudentDays studentDays) {
        this.indicators = indicators;
        this.schoolDays = schoolDays;
        this.studentDays = studentDays;
    }

    @EventListener
    void on(LessonMarked marked) {
        Pending pending = pending();
        pending.students.addAll(marked.marks().keySet());
        pending.schoolDays.add(new SchoolDay(marked.schoolId(), marked.day()));
        pending.pupilDays.computeIfAbsent(new SchoolDay(marked.schoolId(), marked.day()),
                d -> new LinkedHashSet<>()).addAll(marked.marks().keySet());
        pending.added();
    }

    @EventListener
    void on(MarksChanged changed) {
        Pending pending = pending();
        pending.students.add(changed.studentId());
        pending.lessons.addAll(changed.lessonIds());
        pending.changedLessons.computeIfAbsent(changed.studentId(), s -> new LinkedHashSet<>()).addAll(changed.lessonIds());
        pending.added();
    }

    @EventListener
    void on(ResultRecorded recorded) {
        Pending pending = pending();
        pending.students.add(recorded.studentId());
        pending.added();
    }

    @EventListener
    void on(GradeRecorded recorded) {
        Pending pending = pending();
        pending.students.add(recorded.studentId());
        pending.added();
    }

    @EventListener
    void on(WarningSettingsStore.SettingsChanged changed) {
        Pending pending = pending();
        pending.everyone = true;
        pending.added();
    }

    private record SchoolDay(UUID school, LocalDate day) {
    }

    private class Pending implements TransactionSynchronization {
        final Set<UUID> students = new LinkedHashSet<>();
        final Set<SchoolDay> schoolDays = new LinkedHashSet<>();
        /** Lessons whose marks changed other than by marking: their school-days are recomputed too. */
        final Set<UUID> lessons = new LinkedHashSet<>();
        /** The pupils of each marked school-day, whose figures of that day are recomputed. */
        final java.util.Map<SchoolDay, Set<UUID>> pupilDays = new java.util.LinkedHashMap<>();
        /** Lessons whose marks of a pupil changed other than by marking, by pupil. */
        final java.util.Map<UUID, Set<UUID>> changedLessons = new java.util.LinkedHashMap<>();
        boolean everyone;

        @Override
        public void beforeCommit(boolean readOnly) {
            pupilDays.forEach((d, pupils) -> studentDays.recompute(d.school(), d.day(), pupils));
            changedLessons.forEach(studentDays::recomputeLessons);
            schoolDays.forEach(d -> schoolDays().recompute(d.school(), d.day()));
            if (!lessons.isEmpty()) {
                schoolDays().recomputeLessonDays(lessons);
            }
            int changed = everyone ? indicators.recomputeAll() : indicators.recompute(students);
            if (changed > 0) {
                log.debug("early warning: {} pupils' levels changed", changed);
            }
        }

        /** Called after a listener added to it; a transaction's waits for its commit. */
        void added() {
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(WarningTriggers.this);
        }
    }

    /** Outside a transaction: gathers like {@link Pending} and recomputes as soon as the listener is done with it. */
    private final class Immediate extends Pending {
        @Override
        void added() {
            beforeCommit(false);
            students.clear();
            schoolDays.clear();
            lessons.clear();
            pupilDays.clear();
            changedLessons.clear();
            everyone = false;
        }
    }

    private SchoolDays schoolDays() {
        return schoolDays;
    }

    /**
     * The pupils gathered for the current transaction. Outside one (no recording service does that today), the event's
     * pupils are recomputed at once, each recompute in a transaction of its own.
     */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new Immediate();
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
