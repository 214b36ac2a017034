package fi.kasvu.platform.lessons;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Days without school: autumn break (syysloma), Christmas, winter break (talviloma), Easter, a single day.
 *
 * @param schoolId the school whose own holiday it is; none for the whole municipality
 */
public record Holiday(UUID id, UUID schoolId, String name, LocalDate firstDay, LocalDate lastDay) {

    public boolean includes(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
