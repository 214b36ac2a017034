package fi.kasvu.search;

import java.util.Set;
import java.util.UUID;

/**
 * Who may see a document: the persons named, the teachers of the classes named, and the holders of the roles named at
 * the schools named. A city admin sees every document of the tenant; nobody else sees one that names nobody.
 *
 * @param persons persons who see it (the person themself; through {@link Viewer#persons()} their guardians)
 * @param classes classes whose teachers see it
 * @param schools schools at which the {@code roles} see it
 * @param roles   realm roles that see it at those schools ({@code principal}, {@code teacher}, ...)
 */
public record Visibility(Set<UUID> persons, Set<UUID> classes, Set<UUID> schools, Set<String> roles) {

    public Visibility {
        persons = Set.copyOf(persons);
        classes = Set.copyOf(classes);
        schools = Set.copyOf(schools);
        roles = Set.copyOf(roles);
    }

    /** Whether the viewer may see a document with this visibility; the engines apply the same rule as a filter. */
    public boolean admits(Viewer viewer) {
        if (viewer.everything()) {
            return true;
        }
        return intersects(persons, viewer.persons()) || intersects(classes, viewer.classes())
                || (intersects(schools, viewer.schools()) && intersects(roles, viewer.roles()));
    }

    private static <T> boolean intersects(Set<T> a, Set<T> b) {
        return a.stream().anyMatch(b::contains);
    }
}
