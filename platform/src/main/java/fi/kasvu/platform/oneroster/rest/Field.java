package fi.kasvu.platform.oneroster.rest;

/**
 * A field of a OneRoster record as the query parameters name it. Its SQL column in a resource's base query has the
 * same name, double-quoted; only names from this whitelist ever reach SQL, and values are always bound parameters.
 */
public record Field(String name, Kind kind) {

    public enum Kind {
        TEXT, NUMBER, DATE, TIMESTAMP, BOOLEAN, LIST,
        /** in the output, but neither filtered nor sorted on (nested objects, lists of references) */
        OUTPUT_ONLY
    }

    public static Field text(String name) {
        return new Field(name, Kind.TEXT);
    }

    public static Field date(String name) {
        return new Field(name, Kind.DATE);
    }

    public static Field timestamp(String name) {
        return new Field(name, Kind.TIMESTAMP);
    }

    public static Field bool(String name) {
        return new Field(name, Kind.BOOLEAN);
    }

    public static Field list(String name) {
        return new Field(name, Kind.LIST);
    }

    public static Field output(String name) {
        return new Field(name, Kind.OUTPUT_ONLY);
    }

    /** A number, bound as a decimal. */
    public static Field number(String name) {
        return new Field(name, Kind.NUMBER);
    }

    public boolean queryable() {
        return kind != Kind.OUTPUT_ONLY;
    }

    String column() {
        return "r.\"" + name + "\"";
    }
}
