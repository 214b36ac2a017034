package fi.kasvu.platform.earlywarning;

import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.audit.AuditLog;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.SchoolAccess;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipality's indicator settings. A city admin changes them; thresholds that contradict each other are refused
 * naming the field: a ladder that does not rise step by step, a share outside 1-100 %, a window shorter than a week or
 * longer than a year, a drop of nothing or more than the scale allows, absence counted from no kind of mark or from a
 * mark that is no absence. After a change every pupil is recomputed (see {@link Indicators#recomputeAll}). Alert
 * mails can be turned off for the whole municipality; turning them off withdraws the notices not yet mailed.
 */
@Service
public class WarningSettingsStore {

    static final Set<String> ABSENCE_KINDS = Set.of("ABSENT_EXPLAINED", "ABSENT_UNEXPLAINED", "ILLNESS",
            "PERMITTED_LEAVE");
    static final int HIGHEST_STEP = 1000;

    private final EntityManager entities;
    private final SchoolAccess schools;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AlertMails mails;

    WarningSettingsStore(EntityManager entities, SchoolAccess schools, AuditLog audit, Clock clock,
                         ApplicationEventPublisher events, AlertMails mails) {
        this.entities = entities;
        this.schools = schools;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.mails = mails;
    }

    @Transactional(readOnly = true)
    public WarningSettings current() {
        Object[] row = (Object[]) entities.createNativeQuery("""
                SELECT array_to_string(absence_ladder_hours, ','), absence_share_percent, absence_window_days,
                  failing_grade, average_drop, array_to_string(counted_kinds, ','), alert_mails FROM warning_settings""")
                .getSingleResult();
        String ladder = (String) row[0];
        return new WarningSettings(ladder == null || ladder.isEmpty() ? List.of()
                : Arrays.stream(ladder.split(",")).map(Integer::valueOf).toList(), (BigDecimal) row[1],
                ((Number) row[2]).intValue(), (Boolean) row[3], (BigDecimal) row[4],
                new LinkedHashSet<>(Arrays.asList(((String) row[5]).split(","))), (Boolean) row[6]);
    }

    @Transactional
    public void change(Actor actor, WarningSettings changed) {
        schools.requireCityAdmin(actor, "sets the municipality's early-warning indicators");
        WarningSettings valid = validate(changed);
        boolean mailsWereOn = current().alertMails();
        entities.createNativeQuery("""
                        UPDATE warning_settings SET absence_ladder_hours = CAST(:ladder AS integer[]),
                          absence_share_percent = :share, absence_window_days = :window, failing_grade = :failing,
                          average_drop = :drop, counted_kinds = CAST(:kinds AS text[]), alert_mails = :mails,
                          updated_by = :by, updated_at = :at""")
                .setParameter("ladder", valid.ladderHours().stream().map(String::valueOf)
                        .collect(Collectors.joining(",", "{", "}")))
                .setParameter("share", valid.sharePercent()).setParameter("window", valid.windowDays())
                .setParameter("failing", valid.failingGrade()).setParameter("drop", valid.averageDrop())
                .setParameter("kinds", valid.countedKinds().stream().sorted().collect(Collectors.joining(",", "{", "}")))
                .setParameter("mails", valid.alertMails())
                .setParameter("by", actor.displayName()).setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
        audit.record(actor, "early-warning.settings-changed", null, "ladder " + valid.ladderHours() + " share "
                + valid.sharePercent() + "% over " + valid.windowDays() + " d, drop " + valid.averageDrop()
                + ", alert mails " + (valid.alertMails() ? "on" : "off"));
        if (mailsWereOn && !valid.alertMails()) {
            mails.turnedOff();
        }
        events.publishEvent(new SettingsChanged());
    }

    /** Published when the settings changed, so every pupil is recomputed after the change commits. */
    record SettingsChanged() {
    }

    static WarningSettings validate(WarningSettings settings) {
        if (settings == null) {
            throw new InvalidFieldException("settings", "fill in the indicators");
        }
        List<Integer> ladder = settings.ladderHours();
        if (ladder.isEmpty()) {
            throw new InvalidFieldException("ladderHours", "give at least one step of absence hours, such as 30");
        }
        for (int i = 0; i < ladder.size(); i++) {
            Integer step = ladder.get(i);
            if (step == null || step < 1 || step > HIGHEST_STEP) {
                throw new InvalidFieldException("ladderHours", "each step is between 1 and " + HIGHEST_STEP + " hours");
            }
            if (i > 0 && step <= ladder.get(i - 1)) {
                throw new InvalidFieldException("ladderHours", "the steps contradict each other: each step is higher "
                        + "than the one before (" + ladder.get(i - 1) + " then " + step + ")");
            }
        }
        BigDecimal share = settings.sharePercent();
        if (share == null || share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidFieldException("sharePercent", "a share of lessons between 1 and 100 %");
        }
        if (settings.windowDays() < 7 || settings.windowDays() > 365) {
            throw new InvalidFieldException("windowDays", "a window between 7 and 365 days");
        }
        BigDecimal drop = settings.averageDrop();
        if (drop == null || drop.signum() <= 0 || drop.compareTo(BigDecimal.valueOf(6)) > 0) {
            throw new InvalidFieldException("averageDrop", "a drop greater than 0 and at most 6 (the 4-10 scale)");
        }
        if (settings.countedKinds().isEmpty()) {
            throw new InvalidFieldException("countedKinds", "count absence hours from at least one kind of absence");
        }
        for (String kind : settings.countedKinds()) {
            if (!ABSENCE_KINDS.contains(kind)) {
                throw new InvalidFieldException("countedKinds", "'" + kind + "' is not a kind of absence");
            }
        }
        return settings;
    }
}
