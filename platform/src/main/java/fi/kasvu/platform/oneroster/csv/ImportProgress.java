package fi.kasvu.platform.oneroster.csv;

/**
 * Told, on the importing thread, how an import advances: the phase, what it works on (a file such as users.csv, or a
 * table being written) and the rows done in it so far. Called often; keep it cheap.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, subject, rows) -> { };

    void advanced(ImportPhase phase, String subject, long rows);
}
