package fi.kasvu.platform.people;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalIdentityCodeTest {

    @Test
    void theDigitalAndPopulationDataServicesAgencyExampleIsValid() {
        PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");

        assertThat(code.birthDate()).isEqualTo(LocalDate.of(1952, 10, 13));
        assertThat(code.value()).isEqualTo("131052-308T");
    }

    @Test
    void theCenturySignsOf2023AreAccepted() {
        assertThat(PersonalIdentityCode.parse("010594Y9032").birthDate()).isEqualTo(LocalDate.of(1994, 5, 1));
        assertThat(PersonalIdentityCode.parse("020516C903K").birthDate()).isEqualTo(LocalDate.of(2016, 5, 2));
        assertThat(PersonalIdentityCode.parse("010516B903X").birthDate()).isEqualTo(LocalDate.of(2016, 5, 1));
    }

    @Test
    void lowerCaseAndSurroundingSpaceAreForgiven() {
        assertThat(PersonalIdentityCode.parse(" 131052-308t ").value()).isEqualTo("131052-308T");
    }

    @Test
    void aWrongCheckCharacterIsRefusedWithoutEchoingTheCode() {
        assertThatThrownBy(() -> PersonalIdentityCode.parse("131052-308A"))
                .isInstanceOf(InvalidIdentityCodeException.class)
                .hasMessage("the identity code's check character does not match")
                .hasMessageNotContaining("131052");
    }

    @Test
    void anImpossibleDateIsRefused() {
        assertThatThrownBy(() -> PersonalIdentityCode.parse("310252-308T")).hasMessageContaining("not a date");
    }

    @Test
    void anUnknownCenturySignIsRefused() {
        assertThatThrownBy(() -> PersonalIdentityCode.parse("131052G308T")).hasMessageContaining("century sign");
    }

    @Test
    void theWrongLengthIsRefused() {
        assertThatThrownBy(() -> PersonalIdentityCode.parse("131052-30")).hasMessageContaining("11 characters");
    }

    @Test
    void individualNumbersBelow002AreNotIssued() {
        assertThatThrownBy(() -> PersonalIdentityCode.parse("131052-001A")).hasMessageContaining("002-999");
    }

    @Test
    void theCodeIsMaskedWhenPrinted() {
        PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");

        assertThat(code.masked()).isEqualTo("131052-****");
        assertThat(code.toString()).isEqualTo("131052-****").doesNotContain("308T");
    }
}
