package fi.kasvu.platform.earlywarning;

/** What an alert is about: the ABC indicators that Kasvu computes from attendance and course performance. */
public enum Indicator {
    /** Absence hours in the school year crossed a step of the municipality's ladder (level = the step in hours). */
    ABSENCE_HOURS,
    /** The share of lessons missed over the rolling window reached the threshold (level = the threshold in percent). */
    ABSENCE_SHARE,
    /** A failing grade or result (4, under 5 on a test, or H) in the school year (level 1; value = how many). */
    FAILING_GRADE,
    /** The average of term grades dropped between the last two terms by the threshold or more (value = the drop). */
    AVERAGE_DROP
}
