package fi.kasvu.platform.school;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language of instruction as its ISO 639-1 code ({@code fi}, {@code sv}), as SQL readers expect it. */
@Converter
class SchoolLanguageColumn implements AttributeConverter<SchoolLanguage, String> {

    @Override
    public String convertToDatabaseColumn(SchoolLanguage language) {
        return language == null ? null : language.code();
    }

    @Override
    public SchoolLanguage convertToEntityAttribute(String code) {
        return code == null ? null : SchoolLanguage.ofCode(code);
    }
}
