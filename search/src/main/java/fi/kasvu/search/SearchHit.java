package fi.kasvu.search;

/** One result: the document's key, kind and the lines it shows. */
public record SearchHit(String id, Kind kind, String title, String subtitle) {
}
