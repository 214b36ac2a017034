package fi.kasvu.ui.earlywarning;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.earlywarning.WarningSettings;
import fi.kasvu.platform.earlywarning.WarningSettingsStore;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The municipality's early-warning indicators, set by a city admin; every pupil is recomputed after a change. */
@Route(value = WarningSettingsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed("CITY_ADMIN")
class WarningSettingsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "hallinta/varhainen-tuki";
    private static final List<String> KINDS = List.of("ABSENT_EXPLAINED", "ABSENT_UNEXPLAINED", "ILLNESS",
            "PERMITTED_LEAVE");

    WarningSettingsView(WarningSettingsStore store, CurrentUser currentUser) {
        Actor actor = currentUser.signedIn().orElseThrow(() -> new IllegalStateException("settings need a signed-in "
                + "person")).actor();
        WarningSettings current = store.current();
        var ladder = new TextField(getTranslation("warning.field.ladderHours"));
        ladder.setId("varhainen-portaat");
        ladder.setValue(current.ladderHours().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        ladder.setHelperText(getTranslation("warning.field.ladderHours.help"));
        var share = new BigDecimalField(getTranslation("warning.field.sharePercent"));
        share.setValue(current.sharePercent());
        var window = new IntegerField(getTranslation("warning.field.windowDays"));
        window.setValue(current.windowDays());
        var failing = new Checkbox(getTranslation("warning.field.failingGrade"), current.failingGrade());
        var drop = new BigDecimalField(getTranslation("warning.field.averageDrop"));
        drop.setValue(current.averageDrop());
        var kinds = new CheckboxGroup<String>(getTranslation("warning.field.countedKinds"));
        kinds.setItems(KINDS);
        kinds.setItemLabelGenerator(kind -> getTranslation("warning.kind." + kind));
        kinds.setValue(current.countedKinds());
        var mails = new Checkbox(getTranslation("warning.field.alertMails"), current.alertMails());
        mails.setId("varhainen-sahkoposti");
        mails.setHelperText(getTranslation("warning.field.alertMails.help"));
        var status = new Paragraph();
        status.setId("varhainen-asetukset-tila");
        status.getElement().setAttribute("role", "status");
        var save = new Button(getTranslation("warning.save"), click -> {
            try {
                List<Integer> steps = Arrays.stream(ladder.getValue().split("[,; ]+")).filter(s -> !s.isBlank())
                        .map(Integer::valueOf).toList();
                store.change(actor, new WarningSettings(steps, share.getValue(),
                        window.getValue() == null ? 0 : window.getValue(), failing.getValue(), drop.getValue(),
                        kinds.getValue(), mails.getValue()));
                status.setText(getTranslation("warning.saved"));
            } catch (NumberFormatException notANumber) {
                status.setText(getTranslation("warning.invalid", getTranslation("warning.field.ladderHours"),
                        getTranslation("warning.field.ladderHours.help")));
            } catch (InvalidFieldException invalid) {
                status.setText(getTranslation("warning.invalid", getTranslation("warning.field." + invalid.field()),
                        invalid.problem()));
            } catch (AccessRefusedException refused) {
                status.setText(getTranslation("warning.refused"));
            }
        });
        save.setId("varhainen-tallenna");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("warning.settings")), new Paragraph(getTranslation("warning.settings.intro")), status,
                new FormLayout(ladder, share, window, drop, failing, kinds, mails, save));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("warning.settings");
    }
}
