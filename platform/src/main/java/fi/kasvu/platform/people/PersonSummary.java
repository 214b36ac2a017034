package fi.kasvu.platform.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person as the grids show them.
 *
 * @param maskedIdentityCode the identity code with the individual part hidden ({@code 010106A****}), or none
 * @param roles              their current roles at any school
 * @param schools            the names of the schools where they hold a role, joined
 * @param hasAccount         whether they have signed in (their realm user is linked)
 */
public record PersonSummary(UUID id, String givenName, String familyName, String email, LocalDate birthDate,
                            String maskedIdentityCode, List<Role> roles, String schools, boolean hasAccount) {

    public String name() {
        return givenName + " " + familyName;
    }
}
