package fi.kasvu.ui.i18n;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/**
 * The three languages as buttons, each named in its own language ("Suomi", "Svenska", "English") so that a person
 * who cannot read the current one still finds theirs. The choice holds for the session and reloads the page, so
 * every text on it follows. The page's {@code lang} attribute follows too, for screen readers.
 */
public class LanguageChoice extends Nav {

    public LanguageChoice() {
        addClassName("kasvu-languages");
        getElement().setAttribute("aria-label", "Kieli / Språk / Language");
        add(button(Translations.FINNISH, "Suomi"), button(Translations.SWEDISH, "Svenska"),
                button(Translations.ENGLISH, "English"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Locale current = Translations.supported(attachEvent.getUI().getLocale());
        attachEvent.getUI().getElement().executeJs("document.documentElement.lang = $0", current.getLanguage());
        getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(button -> {
            boolean chosen = current.getLanguage().equals(button.getElement().getAttribute("lang"));
            button.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
        });
    }

    private static Button button(Locale locale, String name) {
        var button = new Button(name, click -> choose(locale));
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.setId("kasvu-kieli-" + locale.getLanguage());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    /**
     * The language of a request outside a UI (an error page, say): the session's choice, else the browser's among
     * the three, else Finnish.
     */
    public static Locale of(com.vaadin.flow.server.VaadinRequest request) {
        return PageLanguage.of(request);
    }

    /** Sets the session's language and reloads the page so that everything on it is in that language. */
    public static void choose(Locale locale) {
        Locale chosen = Translations.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(chosen);
            session.setAttribute(PageLanguage.CHOSEN, chosen);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
            ui.getPage().reload();
        }
    }
}
