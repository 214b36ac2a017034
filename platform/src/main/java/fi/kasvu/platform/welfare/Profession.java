package fi.kasvu.platform.welfare;

/** The welfare professions of school pupil welfare: curator (kuraattori), psychologist, school nurse, school doctor. */
public enum Profession { CURATOR, PSYCHOLOGIST, NURSE, DOCTOR }
