package fi.kasvu.platform.support;

/**
 * Where a support decision stands. {@link #IN_FORCE} is not stored: a decided (or reviewed) decision is in force from
 * its start date until it ends.
 */
public enum SupportStage {
    /** Being prepared by the teachers; may still change. */
    DRAFTED,
    /** Decided by the principal, not yet started. */
    DECIDED,
    /** Decided and started. */
    IN_FORCE,
    /** In force, and reviewed at least once since the decision. */
    REVIEWED,
    /** Ended by the principal or by a review. */
    ENDED
}
