package fi.kasvu.platform.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import fi.kasvu.platform.school.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The quiet-hours rule alone, in Helsinki time. */
class QuietHoursTest {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(HELSINKI).toInstant();
    }

    @Test
    void aStaffNotificationOnATuesdayEveningWaitsForWednesdayMorning() {
        assertThat(QuietHours.STAFF_DEFAULT.nextAllowed(at("2026-11-24T19:10"), HELSINKI))
                .isEqualTo(at("2026-11-25T07:30"));
    }

    @Test
    void aStaffNotificationOnFridayEveningWaitsForMonday() {
        assertThat(QuietHours.STAFF_DEFAULT.nextAllowed(at("2026-11-27T17:00"), HELSINKI))
                .isEqualTo(at("2026-11-30T07:30"));
        assertThat(QuietHours.STAFF_DEFAULT.nextAllowed(at("2026-11-29T12:00"), HELSINKI))
                .isEqualTo(at("2026-11-30T07:30"));
    }

    @Test
    void aNotificationInWorkingHoursGoesAtOnce() {
        assertThat(QuietHours.STAFF_DEFAULT.nextAllowed(at("2026-11-24T07:30"), HELSINKI))
                .isEqualTo(at("2026-11-24T07:30"));
        assertThat(QuietHours.STAFF_DEFAULT.isQuiet(at("2026-11-24T16:59"), HELSINKI)).isFalse();
        assertThat(QuietHours.NONE.nextAllowed(at("2026-11-29T03:00"), HELSINKI)).isEqualTo(at("2026-11-29T03:00"));
    }

    @Test
    void aWeekendOnlyQuietEndsAtMondayMidnight() {
        var weekends = new QuietHours(null, null, true);
        assertThat(weekends.nextAllowed(at("2026-11-28T10:00"), HELSINKI)).isEqualTo(at("2026-11-30T00:00"));
    }

    @Test
    void aDaytimeWindowEndsTheSameDay() {
        var lessons = new QuietHours(LocalTime.of(8, 0), LocalTime.of(14, 0), false);
        assertThat(lessons.nextAllowed(at("2026-11-28T09:00"), HELSINKI)).isEqualTo(at("2026-11-28T14:00"));
    }

    @Test
    void halfAWindowIsRefusedNamingTheMissingEnd() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.of(8, 0), null, false))
                .isInstanceOf(InvalidFieldException.class).hasMessageStartingWith("quietEnd");
    }

    @Test
    void theDigestGoesAtItsTimeTodayOrTomorrow() {
        assertThat(NotificationPlanner.nextDigest(LocalTime.of(16, 0), at("2026-11-24T09:00"), HELSINKI))
                .isEqualTo(at("2026-11-24T16:00"));
        assertThat(NotificationPlanner.nextDigest(LocalTime.of(16, 0), at("2026-11-24T16:01"), HELSINKI))
                .isEqualTo(at("2026-11-25T16:00"));
    }
}
