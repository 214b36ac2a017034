package fi.kasvu.platform.support;

/** What a review of a decision found: the measures go on, they need a new decision, or they end. */
public enum ReviewOutcome { CONTINUE, CHANGE, END }
