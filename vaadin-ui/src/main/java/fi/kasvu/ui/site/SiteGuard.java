package fi.kasvu.ui.site;

import java.io.IOException;
import java.util.function.Supplier;

import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses with 403 any request that reaches a session from another host than the one it started on, as a session
 * cookie carried to another municipality's host would. It runs before Vaadin's own handlers, so such a request
 * never touches the session's UI. An anonymous session is left open: refusing the request is enough to keep it on its
 * site, and closing it would only let whoever sent the stray request disturb its owner. A signed-in session never gets
 * this far on another host: security's session guard refuses it with 401 and ends it, since its cookie has been taken.
 */
class SiteGuard extends SynchronizedRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(SiteGuard.class);

    /** In the session's language: the page's language, its title (twice) and its text. */
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>%s – Kasvu</title></head>
            <body><main><h1>%s</h1>
            <p>%s</p></main></body></html>
            """;

    private final Supplier<Site> siteOfRequest;

    SiteGuard(Supplier<Site> siteOfRequest) {
        this.siteOfRequest = siteOfRequest;
    }

    @Override
    public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response)
            throws IOException {
        Site bound = session.getAttribute(Site.class);
        Site requested = siteOfRequest.get();
        if (requested.equals(bound)) {
            return false;
        }
        log.warn("refused a request from the host of {} to a session bound to {}", requested, bound);
        response.setStatus(403);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        java.util.Locale language = fi.kasvu.ui.i18n.LanguageChoice.of(request);
        String title = com.vaadin.flow.i18n.I18NProvider.translate(language, "site.refused.title");
        response.getWriter().write(PAGE.formatted(language.getLanguage(), title, title,
                com.vaadin.flow.i18n.I18NProvider.translate(language, "site.refused.text")));
        return true;
    }
}
