package fi.kasvu.platform.oneroster.rest;

/**
 * A request the rostering service refuses, answered with the specification's status payload: an HTTP status, a
 * code minor of OneRoster 1.2's vocabulary and a description that says what was wrong without echoing data.
 */
public class OneRosterException extends RuntimeException {

    private final int status;
    private final String codeMinor;

    OneRosterException(int status, String codeMinor, String description) {
        super(description);
        this.status = status;
        this.codeMinor = codeMinor;
    }

    public int status() {
        return status;
    }

    public String codeMinor() {
        return codeMinor;
    }

    /** 404: no record of the type with the sourcedId. */
    public static OneRosterException unknown(String type, String sourcedId) {
        return unknownObject(type, sourcedId);
    }

    static OneRosterException unknownObject(String type, String sourcedId) {
        return new OneRosterException(404, StatusInfo.UNKNOWN_OBJECT,
                "There is no " + type + " with sourcedId '" + abbreviate(sourcedId) + "'.");
    }

    static OneRosterException invalidFilter(String description) {
        return new OneRosterException(400, StatusInfo.INVALID_FILTER_FIELD, "filter: " + description);
    }

    static OneRosterException invalidSort(String description) {
        return new OneRosterException(400, StatusInfo.INVALID_SORT_FIELD, "sort: " + description);
    }

    static OneRosterException invalidSelection(String description) {
        return new OneRosterException(400, StatusInfo.INVALID_SELECTION_FIELD, description);
    }

    static OneRosterException unauthorised() {
        return new OneRosterException(401, StatusInfo.UNAUTHORISED_REQUEST,
                "The request carries no valid access token of this municipality.");
    }

    static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 60) + "...";
    }
}
