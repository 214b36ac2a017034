package fi.kasvu.platform.school;

/** A subject of the national core curriculum (oppiaine) by its national code: MA, AI, EN, ... */
public record Subject(String code, String nameFi) {
}
