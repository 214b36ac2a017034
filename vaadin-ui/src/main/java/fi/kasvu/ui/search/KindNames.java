package fi.kasvu.ui.search;

import com.vaadin.flow.i18n.I18NProvider;
import fi.kasvu.search.Kind;

/** The result groups' headings, in the school's words and the page's language. */
final class KindNames {

    private KindNames() {
    }

    static String of(Kind kind) {
        return I18NProvider.translate("search.kind." + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
}
