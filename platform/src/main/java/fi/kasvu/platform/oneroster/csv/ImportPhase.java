package fi.kasvu.platform.oneroster.csv;

/** Where a running import is: reading the zip into staging, checking it as a whole, writing it, done. */
public enum ImportPhase {
    READING, CHECKING, APPLYING, DONE
}
