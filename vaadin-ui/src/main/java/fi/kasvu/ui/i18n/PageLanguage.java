package fi.kasvu.ui.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language of each page: the one the person chose in this session, or else the first of Kasvu's three in the
 * browser's Accept-Language, or else Finnish (a request without the header is not the server's language). It goes
 * on every new UI and into {@code <html lang>} of the very first answer, before any script runs, so a screen reader
 * reads the page in the right voice from the start; {@link LanguageChoice} keeps it right after a change.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    /** Set in the session once the person chose a language, so their choice wins over the browser's. */
    static final String CHOSEN = PageLanguage.class.getName() + ".chosen";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", of(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(init -> {
            Locale language = of(VaadinRequest.getCurrent());
            // the session's, since Vaadin gives each new UI the session's locale
            init.getUI().getSession().setLocale(language);
            init.getUI().setLocale(language);
        });
    }

    static Locale of(VaadinRequest request) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        String header = request == null ? null : request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Translations.FINNISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(header), Translations.LANGUAGES);
            return found == null ? Translations.FINNISH : found;
        } catch (IllegalArgumentException unreadable) {
            return Translations.FINNISH;
        }
    }

}
