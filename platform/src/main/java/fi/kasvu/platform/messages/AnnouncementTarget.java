package fi.kasvu.platform.messages;

import java.util.UUID;

/** Where the actor may send an announcement: a class they teach, a school they lead, or the municipality (id null). */
public record AnnouncementTarget(Audience audience, UUID id, String name) {
}
