package fi.kasvu.platform.school;

/** The kinds of school a municipality runs (esiopetus, perusopetus, lukio, ammatillinen koulutus). */
public enum SchoolKind {
    PRE_PRIMARY, BASIC, UPPER_SECONDARY, VOCATIONAL
}
