package fi.kasvu.ui.portal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrandPaletteTest {

    @Test
    void aDarkColourIsReadableAsItIsAndCarriesWhiteText() {
        var palette = BrandPalette.of("#0050a0");

        assertThat(palette.primaryText()).isEqualTo("#0050a0");
        assertThat(palette.primaryContrast()).isEqualTo(BrandPalette.WHITE);
    }

    @Test
    void aLightColourIsDarkenedForTextUntilItIsReadableOnWhite() {
        var palette = BrandPalette.of("#ffcc00");

        assertThat(palette.primary()).isEqualTo("#ffcc00");
        assertThat(palette.primaryText()).isNotEqualTo("#ffcc00");
        assertThat(BrandPalette.contrast(palette.primaryText(), BrandPalette.WHITE))
                .isGreaterThanOrEqualTo(BrandPalette.READABLE);
        assertThat(palette.primaryContrast()).isEqualTo(BrandPalette.NEAR_BLACK);
    }

    @Test
    void contrastFollowsWcag() {
        assertThat(BrandPalette.contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(BrandPalette.contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
    }

    @Test
    void givesLumoItsPrimaryColours() {
        assertThat(BrandPalette.of("#0050a0").lumoProperties())
                .containsEntry("--lumo-primary-color", "#0050a0")
                .containsEntry("--lumo-primary-text-color", "#0050a0")
                .containsEntry("--lumo-primary-contrast-color", "#ffffff")
                .containsEntry("--lumo-primary-color-50pct", "rgba(0, 80, 160, 0.5)")
                .containsEntry("--lumo-primary-color-10pct", "rgba(0, 80, 160, 0.1)");
    }
}
