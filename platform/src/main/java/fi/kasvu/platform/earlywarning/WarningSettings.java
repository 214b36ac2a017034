package fi.kasvu.platform.earlywarning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A municipality's early-warning indicators.
 *
 * @param ladderHours   the steps of absence hours in a school year, ascending (e.g. 30, 50, 70)
 * @param sharePercent  the share of lessons missed over the window that raises an alert (e.g. 10)
 * @param windowDays    the rolling window of that share, in calendar days back from today
 * @param failingGrade  whether a failing grade or result raises an alert
 * @param averageDrop   the drop in the term grade average between the last two terms that raises an alert (e.g. 0.5)
 * @param countedKinds  which attendance marks count as absence hours (names of the attendance module's mark kinds)
 * @param alertMails    whether the people responsible are told of a new alert by mail (each person's own mail
 *                      preference still applies); on unless the municipality turns it off
 */
public record WarningSettings(List<Integer> ladderHours, BigDecimal sharePercent, int windowDays, boolean failingGrade,
                              BigDecimal averageDrop, Set<String> countedKinds, boolean alertMails) {

    public WarningSettings {
        ladderHours = ladderHours == null ? List.of() : List.copyOf(ladderHours);
        countedKinds = countedKinds == null ? Set.of() : Set.copyOf(countedKinds);
    }

    /** Indicators with alert mails on, the default. */
    public WarningSettings(List<Integer> ladderHours, BigDecimal sharePercent, int windowDays, boolean failingGrade,
                           BigDecimal averageDrop, Set<String> countedKinds) {
        this(ladderHours, sharePercent, windowDays, failingGrade, averageDrop, countedKinds, true);
    }

    /** The same indicators with alert mails on or off. */
    public WarningSettings withAlertMails(boolean on) {
        return new WarningSettings(ladderHours, sharePercent, windowDays, failingGrade, averageDrop, countedKinds, on);
    }
}
