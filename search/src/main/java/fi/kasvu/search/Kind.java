package fi.kasvu.search;

/**
 * What a search document is. People get a kind from their roles (a pupil who is also someone's guardian is a pupil).
 * Messages and documents will be kinds of their own, with their own outbox entities.
 */
public enum Kind {
    PUPIL, STAFF, GUARDIAN, PERSON, CLASS, SCHOOL
}
