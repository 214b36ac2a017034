package fi.kasvu.platform.oneroster.rest;

/**
 * A field of a OneRoster record as the query parameters name it. Its SQL column in a resource's base query has the
 * same name, double-quoted; only names from this whitelist ever reach SQL, and values are always bound parameters.
 */
record Field(String name, Kind kind) {

    enum Kind {
        TEXT, DATE, TIMESTAMP, BOOLEAN, LIST,
        /** in the output, but neither filtered nor sorted on (nested objects, lists of references) */
        OUTPUT_ONLY
    }

    static Field text(String name) {
        return new Field(name, Kind.TEXT);
    }

    static Field date(String name) {
        return new Field(name, Kind.DATE);
    }

    static Field timestamp(String name) {
        return new Field(name, Kind.TIMESTAMP);
    }

    static Field bool(String name) {
        return new Field(name, Kind.BOOLEAN);
    }

    static Field list(String name) {
        return new Field(name, Kind.LIST);
    }

    static Field output(String name) {
        return new Field(name, Kind.OUTPUT_ONLY);
    }

    boolean queryable() {
        return kind != Kind.OUTPUT_ONLY;
    }

    String column() {
        return "r.\"" + name + "\"";
    }
}
