package fi.kasvu.ui.administration;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.provisioning.branding.InvalidBrandingException.FieldProblem;
import fi.kasvu.provisioning.branding.PortalLook;
import fi.kasvu.ui.portal.BrandPalette;

/**
 * The portal's names and primary colour, with a preview of the colour as the banner and a primary button wear it. The
 * form only collects: it fires a {@link SaveEvent} and shows the problems it is given next to their fields.
 */
class BrandingForm extends FormLayout {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    final TextField displayName = new TextField(getTranslation("administration.look.display-name"));
    final TextField brandName = new TextField(getTranslation("administration.look.brand-name"));
    final TextField primaryColour = new TextField(getTranslation("administration.look.colour"));
    final Input colourPicker = new Input(ValueChangeMode.ON_CHANGE);
    final Div preview = new Div();
    final Button save = new Button(getTranslation("common.save"));

    private final Span previewName = new Span();
    private final Map<String, TextField> fields = Map.of("displayName", displayName, "brandName", brandName,
            "primaryColour", primaryColour);

    BrandingForm(PortalLook look) {
        addClassName("kasvu-form");
        fields.forEach((name, field) -> field.setId(name));
        displayName.setHelperText(getTranslation("administration.look.display-name.help"));
        primaryColour.setHelperText(getTranslation("administration.look.colour.help"));
        primaryColour.setValueChangeMode(ValueChangeMode.EAGER);
        primaryColour.addValueChangeListener(change -> showColour(change.getValue()));
        colourPicker.setType("color");
        colourPicker.setId("colourPicker");
        colourPicker.getElement().setAttribute("aria-label", getTranslation("administration.look.colour.pick"));
        colourPicker.addValueChangeListener(change -> primaryColour.setValue(change.getValue()));
        brandName.setValueChangeMode(ValueChangeMode.EAGER);
        brandName.addValueChangeListener(change -> previewName.setText(change.getValue()));
        var strip = new Div(previewName);
        strip.addClassName("kasvu-brand-preview");
        var sample = new Button(getTranslation("administration.look.sample"));
        sample.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        sample.setTabIndex(-1);
        preview.setId("brandPreview");
        preview.getElement().setAttribute("aria-label", getTranslation("administration.look.preview"));
        preview.add(strip, sample);
        save.setId("branding-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> fireEvent(new SaveEvent(this)));
        displayName.setValue(look.displayName());
        brandName.setValue(look.brandName());
        primaryColour.setValue(look.primaryColour());
        add(displayName, brandName, primaryColour, colourPicker, preview, save);
    }

    void showProblems(List<FieldProblem> problems) {
        fields.values().forEach(field -> field.setInvalid(false));
        problems.forEach(problem -> {
            TextField field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        });
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private void showColour(String colour) {
        boolean valid = colour != null && COLOUR.matcher(colour.strip()).matches();
        primaryColour.setInvalid(!valid);
        primaryColour.setErrorMessage(valid ? null : getTranslation("administration.look.colour.invalid"));
        if (valid) {
            String lower = colour.strip().toLowerCase(java.util.Locale.ROOT);
            BrandPalette.of(lower).lumoProperties().forEach(preview.getStyle()::set);
            colourPicker.setValue(lower);
        }
    }

    /** The city admin wants the form's look saved. */
    static class SaveEvent extends ComponentEvent<BrandingForm> {

        SaveEvent(BrandingForm form) {
            super(form, false);
        }

        String displayName() {
            return getSource().displayName.getValue();
        }

        String brandName() {
            return getSource().brandName.getValue();
        }

        String primaryColour() {
            return getSource().primaryColour.getValue();
        }
    }
}
