package fi.kasvu.platform.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A subject is named in the reader's language, and in Finnish when that name is missing. */
class SubjectTest {

    @Test
    void aSubjectIsNamedInSwedishAndEnglishAndFinnishOtherwise() {
        var mother = new Subject("AI", "Äidinkieli ja kirjallisuus", "Modersmål och litteratur",
                "Mother tongue and literature");

        assertThat(mother.name(Locale.forLanguageTag("sv-FI"))).isEqualTo("Modersmål och litteratur");
        assertThat(mother.name(Locale.UK)).isEqualTo("Mother tongue and literature");
        assertThat(mother.name(Locale.GERMAN)).isEqualTo("Äidinkieli ja kirjallisuus");
        assertThat(new Subject("XX", "Paikallinen", " ", null).name(Locale.ENGLISH)).isEqualTo("Paikallinen");
    }
}
