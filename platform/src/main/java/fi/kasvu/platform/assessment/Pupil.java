package fi.kasvu.platform.assessment;

import java.util.UUID;

/** A student of a group: id, name and their own grade level if the register has one. */
record Pupil(UUID id, String givenName, String familyName, Integer gradeLevel) {

    String name() {
        return givenName + " " + familyName;
    }
}
