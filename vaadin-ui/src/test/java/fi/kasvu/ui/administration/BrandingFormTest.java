package fi.kasvu.ui.administration;

import java.util.ArrayList;
import java.util.List;

import fi.kasvu.provisioning.branding.InvalidBrandingException.FieldProblem;
import fi.kasvu.provisioning.branding.PortalLook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@org.junit.jupiter.api.extension.ExtendWith(fi.kasvu.ui.i18n.WithTranslations.class)
class BrandingFormTest {

    private final BrandingForm form = new BrandingForm(new PortalLook("Kerava", "Keravan koulut", "#1a5fb4", false));

    @Test
    void startsWithTheLookThePortalHasAndPreviewsItsColour() {
        assertThat(form.displayName.getValue()).isEqualTo("Kerava");
        assertThat(form.brandName.getValue()).isEqualTo("Keravan koulut");
        assertThat(form.primaryColour.getValue()).isEqualTo("#1a5fb4");
        assertThat(form.preview.getStyle().get("--lumo-primary-color")).isEqualTo("#1a5fb4");
    }

    @Test
    void aValidColourIsPreviewedWithReadableTextAndAnInvalidOneIsMarked() {
        form.primaryColour.setValue("#FFEE00");

        assertThat(form.preview.getStyle().get("--lumo-primary-color")).isEqualTo("#ffee00");
        assertThat(form.preview.getStyle().get("--lumo-primary-contrast-color")).as("dark text on yellow")
                .isEqualTo("#1f2328");
        assertThat(form.colourPicker.getValue()).isEqualTo("#ffee00");
        assertThat(form.primaryColour.isInvalid()).isFalse();

        form.primaryColour.setValue("keltainen");

        assertThat(form.primaryColour.isInvalid()).isTrue();
        assertThat(form.primaryColour.getErrorMessage()).isEqualTo("Kirjoita väri muodossa #rrggbb.");
        assertThat(form.preview.getStyle().get("--lumo-primary-color")).as("the last valid colour").isEqualTo("#ffee00");
    }

    @Test
    void thePickerFillsInTheColour() {
        form.colourPicker.setValue("#7a1f5c");

        assertThat(form.primaryColour.getValue()).isEqualTo("#7a1f5c");
    }

    @Test
    void savesWhatTheFormHoldsAndShowsEachProblemOnItsField() {
        var saved = new ArrayList<String>();
        form.addSaveListener(save -> saved.add(save.displayName() + "|" + save.brandName() + "|" + save.primaryColour()));
        form.displayName.setValue("Keravan kaupunki");
        form.primaryColour.setValue("#7a1f5c");

        form.save.click();
        form.showProblems(List.of(new FieldProblem("brandName", "Enter the name the portal's front page shows.")));

        assertThat(saved).containsExactly("Keravan kaupunki|Keravan koulut|#7a1f5c");
        assertThat(form.brandName.isInvalid()).isTrue();
        assertThat(form.brandName.getErrorMessage()).isEqualTo("Enter the name the portal's front page shows.");
        assertThat(form.displayName.isInvalid()).isFalse();
    }
}
