package fi.kasvu.ui.portal;

import fi.kasvu.platform.audit.Actor;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is looking at the home page, and about whom.
 *
 * @param actor   the signed-in person as the platform's services take them
 * @param person  the municipality's person record of their account, when there is one
 * @param student the student the page is about: a student's own self, or the child a guardian has chosen;
 *                empty for staff
 */
public record PortalViewer(Actor actor, Optional<UUID> person, Optional<UUID> student) {

    public boolean hasRole(String role) {
        return actor.hasRole(role);
    }
}
