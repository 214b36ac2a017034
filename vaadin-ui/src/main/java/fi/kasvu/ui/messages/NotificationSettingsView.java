package fi.kasvu.ui.messages;

import java.time.LocalTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.messages.NotificationPreferences;
import fi.kasvu.platform.messages.NotificationSettings;
import fi.kasvu.platform.messages.QuietHours;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The signed-in person's notification mails: on or off, quiet hours, weekends, a daily digest instead. */
@Route(value = NotificationSettingsView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@PermitAll
class NotificationSettingsView extends Div implements HasDynamicTitle {

    static final String ROUTE = "viestit/asetukset";

    final Checkbox mail = new Checkbox();
    final Checkbox quiet = new Checkbox();
    final TimePicker quietStart = new TimePicker();
    final TimePicker quietEnd = new TimePicker();
    final Checkbox weekends = new Checkbox();
    final Checkbox digest = new Checkbox();
    final TimePicker digestAt = new TimePicker();
    final Paragraph status = MessageTexts.status("asetukset-tila");
    final Paragraph problem = MessageTexts.alert("asetukset-ongelma");

    NotificationSettingsView(CurrentUser currentUser, NotificationSettings settings) {
        Actor actor = SignedIn.actor(currentUser);
        mail.setLabel(getTranslation("messages.settings.mail"));
        mail.setId("ilmoitus-sahkoposti");
        quiet.setLabel(getTranslation("messages.settings.quiet"));
        quiet.setId("hiljaiset-tunnit");
        quietStart.setLabel(getTranslation("messages.settings.quiet-start"));
        quietStart.setId("hiljaisuus-alkaa");
        quietEnd.setLabel(getTranslation("messages.settings.quiet-end"));
        quietEnd.setId("hiljaisuus-paattyy");
        weekends.setLabel(getTranslation("messages.settings.weekends"));
        weekends.setId("viikonloput");
        digest.setLabel(getTranslation("messages.settings.digest"));
        digest.setId("kooste");
        digestAt.setLabel(getTranslation("messages.settings.digest-at"));
        digestAt.setId("kooste-kello");
        quiet.addValueChangeListener(change -> enable());
        digest.addValueChangeListener(change -> enable());
        mail.addValueChangeListener(change -> enable());
        show(settings.preferences(actor));
        var save = new Button(getTranslation("messages.settings.save"), click -> {
            problem.setText("");
            status.setText("");
            try {
                show(settings.choose(actor, collect()));
                status.setText(getTranslation("messages.settings.saved"));
            } catch (InvalidFieldException invalid) {
                problem.setText(getTranslation("messages.problem.quiet"));
                (invalid.field().equals("quietStart") ? quietStart : quietEnd).setInvalid(true);
            }
        });
        save.setId("tallenna-asetukset");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("messages.settings.title")), new Paragraph(getTranslation("messages.settings.intro")),
                new FormLayout(mail, quiet, quietStart, quietEnd, weekends, digest, digestAt), problem, status, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.settings.title");
    }

    void show(NotificationPreferences preferences) {
        mail.setValue(preferences.mail());
        QuietHours hours = preferences.quietHours();
        quiet.setValue(hours.start() != null);
        quietStart.setValue(hours.start() == null ? LocalTime.of(17, 0) : hours.start());
        quietEnd.setValue(hours.end() == null ? LocalTime.of(7, 30) : hours.end());
        weekends.setValue(hours.weekends());
        digest.setValue(preferences.digest());
        digestAt.setValue(preferences.digestAt());
        status.setText(preferences.chosen() ? "" : getTranslation("messages.settings.defaults"));
        enable();
    }

    NotificationPreferences collect() {
        QuietHours hours = new QuietHours(quiet.getValue() ? quietStart.getValue() : null,
                quiet.getValue() ? quietEnd.getValue() : null, weekends.getValue());
        return new NotificationPreferences(mail.getValue(), hours, digest.getValue(), digestAt.getValue(), true);
    }

    private void enable() {
        boolean on = mail.getValue();
        quiet.setEnabled(on);
        quietStart.setEnabled(on && quiet.getValue());
        quietEnd.setEnabled(on && quiet.getValue());
        weekends.setEnabled(on);
        digest.setEnabled(on);
        digestAt.setEnabled(on && digest.getValue());
    }
}
