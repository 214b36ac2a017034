package fi.kasvu.platform.lessons;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The municipality's clock stopped on a school day, Wednesday 7 October 2026 at 10:00 in Helsinki, inside the school
 * year 2026-2027 of {@link LessonsFixture}, so that "ahead of time" and "today's lessons" mean the same on every run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedSchoolDay {

    public static final LocalDate TODAY = LocalDate.of(2026, 10, 7);
    public static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Bean
    @Primary
    Clock schoolDayClock() {
        return Clock.fixed(LocalDateTime.of(TODAY, java.time.LocalTime.of(10, 0)).atZone(FINLAND).toInstant(), FINLAND);
    }
}
