package fi.kasvu.platform.assessment;

/** A term grade (välitodistus, for a term) or a year grade (lukuvuositodistus, for the school year). */
public enum GradeKind { TERM, YEAR }
