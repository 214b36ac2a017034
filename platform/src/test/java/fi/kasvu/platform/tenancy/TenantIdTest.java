package fi.kasvu.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"vantaa", "ii", "mantta-vilppula", "x2"})
    void acceptsLowercaseLettersDigitsAndSingleHyphens(String slug) {
        assertThat(TenantId.of(slug).slug()).isEqualTo(slug);
        assertThat(TenantId.of(slug).schemaName()).isEqualTo("t_" + slug);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Vantaa                | Use lowercase letters only: 'vantaa' instead of 'Vantaa'.",
            "v                     | The short name must be at least 2 characters long.",
            "1vantaa               | The short name must start with a letter a-z.",
            "-vantaa               | The short name must start with a letter a-z.",
            "vantaa-               | The short name cannot end with a hyphen.",
            "mantta--vilppula      | The short name cannot have two hyphens in a row.",
            "vantaa_city           | The short name may contain only letters a-z, digits and hyphens; '_' is not allowed.",
            "mänttä                | The short name may contain only letters a-z, digits and hyphens; 'ä' is not allowed (write ä as a, ö as o and å as a).",
            "admin                 | 'admin' is reserved for Kasvu's own use; choose another short name.",
            "platform              | 'platform' is reserved for Kasvu's own use; choose another short name.",
            "public                | 'public' is reserved for Kasvu's own use; choose another short name.",
            "information-schema    | 'information-schema' is reserved for Kasvu's own use; choose another short name.",
    })
    void refusesWithAReasonACityAdminUnderstands(String slug, String reason) {
        assertThatThrownBy(() -> TenantId.of(slug))
                .isInstanceOf(InvalidSlugException.class)
                .hasMessage(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\"; DROP SCHEMA platform CASCADE; --", "t'x", "x y", "pg_catalog", "a.b", "x\u0000y"})
    void refusesQuotesSqlAndSeparators(String slug) {
        assertThat(TenantId.problemWith(slug)).isNotNull();
        assertThatThrownBy(() -> TenantId.of(slug)).isInstanceOf(InvalidSlugException.class);
    }

    @Test
    void refusesBlankAndTooLong() {
        assertThat(TenantId.problemWith(null)).isEqualTo("Choose a short name for your address, for example 'vantaa'.");
        assertThat(TenantId.problemWith("   ")).isEqualTo("Choose a short name for your address, for example 'vantaa'.");
        assertThat(TenantId.problemWith("a".repeat(41)))
                .isEqualTo("The short name can be at most 40 characters long; 'aaaaaaaaaaaaaaaaa...' has 41.");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Vantaa                      | vantaa",
            "Mänttä-Vilppula             | mantta-vilppula",
            "Jakobstad – Pietarsaari     | jakobstad-pietarsaari",
            "Närpes / Närpiö             | narpes-narpio",
            "  Åland  kunta!             | aland-kunta",
            "123 Koski                   | koski",
    })
    void suggestsASlugFromTheMunicipalitysName(String name, String slug) {
        assertThat(TenantId.suggestFor(name)).isEqualTo(slug);
        assertThat(TenantId.isValid(slug)).isTrue();
    }

    @Test
    void aSuggestionIsCutToTheLongestSlugWithoutATrailingHyphen() {
        String suggestion = TenantId.suggestFor("Kuntayhtymä " + "a".repeat(27) + " ja muut");
        assertThat(suggestion).hasSizeLessThanOrEqualTo(40).doesNotEndWith("-");
        assertThat(TenantId.isValid(suggestion)).isTrue();
    }
}
