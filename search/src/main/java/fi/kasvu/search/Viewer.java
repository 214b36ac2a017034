package fi.kasvu.search;

import java.util.Set;
import java.util.UUID;

/**
 * The rights of the person searching, computed from the tenant's tables for each search (see {@link Viewers}) and
 * given to every query explicitly.
 *
 * @param everything a city admin: every document of the tenant
 * @param persons    themself, and the children a guardian may act for today
 * @param classes    the classes they teach
 * @param schools    the schools they work at
 * @param roles      their realm roles
 */
public record Viewer(boolean everything, Set<UUID> persons, Set<UUID> classes, Set<UUID> schools, Set<String> roles) {

    public Viewer {
        persons = Set.copyOf(persons);
        classes = Set.copyOf(classes);
        schools = Set.copyOf(schools);
        roles = Set.copyOf(roles);
    }

    public static Viewer cityAdmin() {
        return new Viewer(true, Set.of(), Set.of(), Set.of(), Set.of("city-admin"));
    }

    public static Viewer nobody() {
        return new Viewer(false, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** No document can admit this viewer, so no engine needs to be asked. */
    public boolean seesNothing() {
        return !everything && persons.isEmpty() && classes.isEmpty() && (schools.isEmpty() || roles.isEmpty());
    }
}
