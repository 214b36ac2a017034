package fi.kasvu.platform.oneroster.csv;

/**
 * The outcome of an import as {@code roster_import.state} records it: still running, applied in full, rejected for
 * problems in the zip (nothing applied), or failed for a reason of Kasvu's own (nothing applied).
 */
public enum ImportState {
    RUNNING, APPLIED, REJECTED, FAILED
}
