package fi.kasvu.platform.school;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A school's language of instruction (opetuskieli, undervisningsspråk), by its ISO 639-1 code: the language its
 * pupils are taught in and its year reports are written in. The law also allows Sámi, Romani and sign language
 * (perusopetuslaki 628/1998, 10 §); Kasvu makes no year reports in those yet, so it offers none of them.
 */
public enum SchoolLanguage {
    FINNISH("fi"), SWEDISH("sv");

    /** What a refusal of a missing or unknown language asks for. */
    static final String CHOOSE = "choose the language of instruction: fi (Finnish) or sv (Swedish)";

    private final String code;

    SchoolLanguage(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The language with the code, or a refusal on the field {@code language} naming the codes there are. */
    @JsonCreator
    public static SchoolLanguage ofCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidFieldException("language", CHOOSE);
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("language", "'" + wanted + "' is no language of "
                        + "instruction in Kasvu; " + CHOOSE));
    }
}
