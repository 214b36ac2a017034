package fi.kasvu.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every text exists in Finnish, Swedish and English, and each language is chosen as asked. */
class TranslationsTest {

    final Translations translations = new Translations();

    @Test
    void everyKeyHasAllThreeLanguages() {
        var finnish = translations.keys(Translations.FINNISH);
        assertThat(finnish).contains("common.save");
        assertThat(translations.keys(Translations.SWEDISH)).as("Swedish texts").isEqualTo(finnish);
        assertThat(translations.keys(Translations.ENGLISH)).as("English texts").isEqualTo(finnish);
    }

    @Test
    void eachLanguageAnswersInItsOwnWordsAndOthersFallBackToFinnish() {
        assertThat(translations.getTranslation("common.save", Translations.FINNISH)).isEqualTo("Tallenna");
        assertThat(translations.getTranslation("common.save", Locale.forLanguageTag("sv-FI"))).isEqualTo("Spara");
        assertThat(translations.getTranslation("common.save", Locale.UK)).isEqualTo("Save");
        assertThat(translations.getTranslation("common.save", Locale.GERMAN)).isEqualTo("Tallenna");
    }

    @Test
    void anApostropheInATextWithParametersStaysAnApostrophe() {
        assertThat(translations.getTranslation("messages.problem.unreachable", Translations.ENGLISH, "Anna"))
                .startsWith("You cannot send a message to Anna.").contains("those students' guardians");
    }

    @Test
    void anUnknownKeyIsVisibleNotSilent() {
        assertThat(translations.getTranslation("no.such.key", Translations.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
