package fi.kasvu.platform.support;

/**
 * The documents of the three-tier support until 31.7.2025: the pedagogical assessment and learning plan of intensified
 * support; the pedagogical report, the special support decision and the individual education plan (HOJKS) of special
 * support.
 */
public enum LegacyDocument {
    PEDAGOGICAL_ASSESSMENT(LegacyTier.INTENSIFIED),
    LEARNING_PLAN(LegacyTier.INTENSIFIED),
    PEDAGOGICAL_REPORT(LegacyTier.SPECIAL),
    SPECIAL_SUPPORT_DECISION(LegacyTier.SPECIAL),
    INDIVIDUAL_EDUCATION_PLAN(LegacyTier.SPECIAL);

    private final LegacyTier tier;

    LegacyDocument(LegacyTier tier) {
        this.tier = tier;
    }

    /** The tier the document belongs to; a record of another tier is refused. */
    public LegacyTier tier() {
        return tier;
    }
}
