package fi.kasvu.platform.school;

import java.util.Set;
import java.util.UUID;

/** The schools an actor may see and change: all of them (a city admin) or those they lead (a principal). */
public record SchoolScope(boolean everything, Set<UUID> schools) {

    public SchoolScope {
        schools = everything ? Set.of() : Set.copyOf(schools);
    }

    public boolean includes(UUID school) {
        return everything || schools.contains(school);
    }
}
