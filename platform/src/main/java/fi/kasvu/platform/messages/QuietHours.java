package fi.kasvu.platform.messages;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a person does not want notification mails: a daily window (which may run over midnight, 17:00-07:30) and,
 * optionally, the whole weekend. A notification that arrives in quiet hours waits until they end.
 *
 * @param start    when the daily quiet begins; null for no daily window
 * @param end      when it ends (the next morning when before {@code start})
 * @param weekends whether Saturday and Sunday are quiet all day
 */
public record QuietHours(LocalTime start, LocalTime end, boolean weekends) {

    /** Staff unless they choose otherwise: weekday evenings and nights, and the whole weekend. */
    public static final QuietHours STAFF_DEFAULT = new QuietHours(LocalTime.of(17, 0), LocalTime.of(7, 30), true);
    /** Guardians and students unless they choose otherwise: none. */
    public static final QuietHours NONE = new QuietHours(null, null, false);

    public QuietHours {
        if ((start == null) != (end == null)) {
            throw new fi.kasvu.platform.school.InvalidFieldException(start == null ? "quietStart" : "quietEnd",
                    "give both the start and the end of the quiet hours, or neither");
        }
        if (start != null && start.equals(end)) {
            throw new fi.kasvu.platform.school.InvalidFieldException("quietEnd",
                    "the quiet hours must end at another time than they start");
        }
    }

    public boolean none() {
        return start == null && !weekends;
    }

    /** Whether the moment, in the zone's local time, falls in quiet hours. */
    public boolean isQuiet(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        DayOfWeek day = local.getDayOfWeek();
        if (weekends && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
            return true;
        }
        if (start == null) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /**
     * The first moment from {@code moment} on that is not quiet: the moment itself outside quiet hours, otherwise the
     * end of the daily window or the Monday after a quiet weekend, whichever frees it first.
     */
    public Instant nextAllowed(Instant moment, ZoneId zone) {
        if (!isQuiet(moment, zone)) {
            return moment;
        }
        LocalDate day = moment.atZone(zone).toLocalDate();
        Instant best = null;
        for (int i = 0; i <= 8; i++) {
            LocalDate candidateDay = day.plusDays(i);
            for (LocalTime at : end == null ? new LocalTime[] {LocalTime.MIDNIGHT}
                    : new LocalTime[] {LocalTime.MIDNIGHT, end}) {
                Instant candidate = candidateDay.atTime(at).atZone(zone).toInstant();
                if (candidate.isAfter(moment) && !isQuiet(candidate, zone) && (best == null || candidate.isBefore(best))) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best;
            }
        }
        return moment;
    }
}
