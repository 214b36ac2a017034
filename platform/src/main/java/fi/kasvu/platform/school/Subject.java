package fi.kasvu.platform.school;

import java.util.Locale;

/** A subject of the national core curriculum (oppiaine) by its national code: MA, AI, EN, ... */
public record Subject(String code, String nameFi, String nameSv, String nameEn) {

    /** A subject known by its Finnish name only: that name in every language. */
    public Subject(String code, String nameFi) {
        this(code, nameFi, nameFi, nameFi);
    }

    /** Its name in the language (Swedish, English), Finnish otherwise or when that name is missing. */
    public String name(Locale language) {
        String name = switch (language == null ? "fi" : language.getLanguage()) {
            case "sv" -> nameSv;
            case "en" -> nameEn;
            default -> nameFi;
        };
        return name == null || name.isBlank() ? nameFi : name;
    }
}
