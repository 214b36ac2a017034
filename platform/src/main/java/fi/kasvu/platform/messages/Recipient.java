package fi.kasvu.platform.messages;

import java.util.UUID;

/**
 * Someone the actor may send a message to, for a recipient picker.
 *
 * @param personId who
 * @param name     their name
 * @param kind     how they are related to the actor
 * @param context  what makes them reachable, in data, not words: a class's title for a student, the child's name
 *                 for a guardian, the school's name for a colleague; empty when there is nothing to add
 */
public record Recipient(UUID personId, String name, Kind kind, String context) {

    public enum Kind { STUDENT, GUARDIAN, TEACHER, PRINCIPAL, COLLEAGUE }
}
