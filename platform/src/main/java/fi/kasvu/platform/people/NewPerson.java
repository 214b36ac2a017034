package fi.kasvu.platform.people;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person to add, with their first role at a school.
 *
 * @param identityCode optional; when given, the birth date is read from it
 * @param birthDate    optional, when there is no identity code
 */
public record NewPerson(String givenName, String familyName, String email, LocalDate birthDate, String identityCode,
                        Role role, UUID schoolId) {
}
