package fi.kasvu.provisioning.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"0124610-9", "0204819-8", "0201256-6", "1234567-1", "0000000-0"})
    void acceptsBusinessIdsWhoseCheckDigitFits(String id) {
        assertThat(BusinessId.problemWith(id)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "0124610-8   | The check digit of '0124610-8' does not match; check the business ID for typing errors.",
            "0124610     | A business ID is seven digits, a hyphen and a check digit, for example 0124610-9.",
            "124610-9    | A business ID is seven digits, a hyphen and a check digit, for example 0124610-9.",
            "0124610_9   | A business ID is seven digits, a hyphen and a check digit, for example 0124610-9.",
            "FI01246109  | A business ID is seven digits, a hyphen and a check digit, for example 0124610-9.",
            "0000006-0   | '0000006-0' is not a valid business ID: no check digit fits its first seven digits.",
    })
    void refusesWithTheReason(String id, String reason) {
        assertThat(BusinessId.problemWith(id)).isEqualTo(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void asksForOneWhenMissing(String id) {
        assertThat(BusinessId.problemWith(id)).isEqualTo("Enter the municipality's business ID (Y-tunnus), for example 0124610-9.");
        assertThat(BusinessId.problemWith(null)).isEqualTo("Enter the municipality's business ID (Y-tunnus), for example 0124610-9.");
    }
}
