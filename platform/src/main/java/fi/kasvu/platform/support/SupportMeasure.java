package fi.kasvu.platform.support;

/**
 * The student-specific support measures (oppilaskohtaiset tukitoimet) of the Basic Education Act from 1.8.2025, each
 * of which needs an administrative decision. Teaching by a special-needs teacher and an individualised syllabus are
 * given per subject, so their decision names the subjects.
 */
public enum SupportMeasure {
    /** Special-needs teacher's teaching partly in a small group and alongside other teaching: under half of a subject's lessons. */
    SPECIAL_NEEDS_TEACHING_PART_TIME(true),
    /** Special-needs teacher's teaching in a small group: over half of a subject's lessons or the whole subject. */
    SMALL_GROUP_TEACHING(true),
    /** Full-time teaching in a special-needs class. */
    SPECIAL_NEEDS_CLASS(false),
    /** Interpretation and assistance services. */
    INTERPRETATION_AND_ASSISTANCE(false),
    /** Special aids (erityiset apuvälineet). */
    SPECIAL_AIDS(false),
    /** Individualised syllabus (oppimäärän yksilöllistäminen) in named subjects. */
    INDIVIDUALISED_SYLLABUS(true);

    private final boolean perSubject;

    SupportMeasure(boolean perSubject) {
        this.perSubject = perSubject;
    }

    /** Whether a decision on this measure must name the subjects it is given in. */
    public boolean perSubject() {
        return perSubject;
    }
}
