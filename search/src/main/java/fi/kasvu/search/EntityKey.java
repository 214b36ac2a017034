package fi.kasvu.search;

import java.util.UUID;

/** An entity the outbox queued: a table name and a row id; its document's id is {@code <entity>:<id>}. */
record EntityKey(String entity, UUID id) {

    static final String PERSON = "person";
    static final String CLASS = "class_group";
    static final String SCHOOL = "school";

    String documentId() {
        return entity + ":" + id;
    }
}
