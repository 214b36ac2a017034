package fi.kasvu.platform.support;

/** The three tiers of support until 31.7.2025: general, intensified (tehostettu), special (erityinen). */
public enum LegacyTier { GENERAL, INTENSIFIED, SPECIAL }
