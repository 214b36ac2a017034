package fi.kasvu.platform.people;

import java.util.UUID;

/**
 * Which people a grid shows; every part is optional.
 *
 * @param namePrefix the start of the given or family name, or of "given family", any case
 * @param classId    those enrolled in the class (current or past)
 */
public record PeopleQuery(String namePrefix, Role role, UUID schoolId, UUID classId) {

    public static PeopleQuery everyone() {
        return new PeopleQuery(null, null, null, null);
    }
}
