package fi.kasvu.platform.lessons;

import java.time.LocalTime;

/** A time of day as the database driver hands it over. */
final class Times {

    private Times() {
    }

    static LocalTime time(Object value) {
        return switch (value) {
            case LocalTime time -> time;
            case java.sql.Time time -> time.toLocalTime();
            case null -> null;
            default -> LocalTime.parse(value.toString());
        };
    }
}
