package fi.kasvu.platform.welfare;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A welfare worker's access: to one pupil ({@code studentId}) or to the pupils of one school ({@code schoolId}), from
 * a day until a day. There is no grant without an end.
 */
public record NewGrant(UUID workerId, Profession profession, UUID studentId, UUID schoolId, LocalDate validFrom,
                       LocalDate validUntil) {
}
