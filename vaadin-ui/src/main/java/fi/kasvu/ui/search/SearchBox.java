package fi.kasvu.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import fi.kasvu.search.Kind;
import fi.kasvu.search.SearchHit;
import fi.kasvu.search.SearchResults;
import fi.kasvu.search.SearchUnavailableException;

/**
 * A search field whose results appear below it as one types (after a pause of {@value #DEBOUNCE_MS} ms), grouped by
 * kind. It is an ARIA combobox: the arrow keys move through the results, Enter chooses one, Escape closes the list (and
 * a second Escape empties the field); the number of results is announced in a live region.
 */
public class SearchBox extends Div {

    static final int DEBOUNCE_MS = 250;
    static final String LISTBOX_ID = "kasvu-haku-tulokset";
    static final String FIELD_LABEL = "search.field.label";

    private final Function<String, SearchResults> searcher;
    private final TextField field = new TextField();
    private final Div listbox = new Div();
    private final Span status = new Span();
    private final List<Option> options = new ArrayList<>();
    private int active = -1;

    public SearchBox(Function<String, SearchResults> searcher) {
        this.searcher = searcher;
        addClassName("kasvu-haku");
        getStyle().set("position", "relative");
        field.setId("kasvu-haku-kentta");
        field.setPlaceholder(getTranslation("search.field.placeholder"));
        field.setAriaLabel(getTranslation(FIELD_LABEL));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(DEBOUNCE_MS);
        field.addValueChangeListener(change -> show(change.getValue()));
        inputAttribute("role", "combobox");
        inputAttribute("aria-autocomplete", "list");
        inputAttribute("aria-controls", LISTBOX_ID);
        inputAttribute("aria-expanded", "false");
        field.getElement().addEventListener("keydown", key -> handleKey(key.getEventData().get("event.key").asString()))
                .addEventData("event.key")
                .setFilter("['ArrowDown','ArrowUp','Enter','Escape'].includes(event.key)")
                .addEventData("event.preventDefault()");
        listbox.setId(LISTBOX_ID);
        listbox.getElement().setAttribute("role", "listbox");
        listbox.getElement().setAttribute("aria-label", getTranslation("search.results"));
        listbox.addClassName("kasvu-haku-tulokset");
        listbox.getStyle().set("position", "absolute").set("z-index", "10").set("min-width", "20em")
                .set("background", "var(--lumo-base-color)").set("box-shadow", "var(--lumo-box-shadow-m)")
                .set("color", "var(--lumo-body-text-color)");
        listbox.setVisible(false);
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("kasvu-haku-tila");
        status.getStyle().set("position", "absolute").set("left", "-10000px"); // for screen readers only
        add(field, listbox, status);
    }

    /** Someone chose a result (Enter on it, or a click). */
    public Registration addChosenListener(ComponentEventListener<Chosen> listener) {
        return addListener(Chosen.class, listener);
    }

    TextField field() {
        return field;
    }

    Div listbox() {
        return listbox;
    }

    String status() {
        return status.getText();
    }

    void handleKey(String key) {
        switch (key) {
            case "ArrowDown" -> move(1);
            case "ArrowUp" -> move(-1);
            case "Enter" -> {
                if (active >= 0) {
                    choose(options.get(active));
                }
            }
            case "Escape" -> {
                if (listbox.isVisible()) {
                    close();
                } else {
                    field.clear();
                }
            }
            default -> { }
        }
    }

    private void show(String typed) {
        listbox.removeAll();
        options.clear();
        active = -1;
        inputAttribute("aria-activedescendant", "");
        if (typed == null || typed.isBlank()) {
            close();
            status.setText("");
            return;
        }
        SearchResults results;
        try {
            results = searcher.apply(typed);
        } catch (SearchUnavailableException e) {
            close();
            status.setText(getTranslation("search.unavailable"));
            return;
        }
        results.byKind().forEach(this::group);
        if (options.isEmpty()) {
            listbox.add(new Div(getTranslation("search.none")));
            status.setText(getTranslation("search.none"));
        } else {
            status.setText(options.size() == 1 ? getTranslation("search.one")
                    : getTranslation("search.many", String.valueOf(options.size())));
        }
        listbox.setVisible(true);
        inputAttribute("aria-expanded", "true");
    }

    private void group(Kind kind, List<SearchHit> hits) {
        String headingId = "kasvu-haku-ryhma-" + kind.name().toLowerCase(java.util.Locale.ROOT);
        var heading = new Div(KindNames.of(kind));
        heading.setId(headingId);
        heading.addClassName("kasvu-haku-otsikko");
        heading.getStyle().set("font-weight", "600").set("padding", "var(--lumo-space-xs) var(--lumo-space-s)");
        var group = new Div(heading);
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-labelledby", headingId);
        for (SearchHit hit : hits) {
            var option = new Option(hit, "kasvu-haku-tulos-" + options.size());
            option.addClickListener(click -> choose(option));
            options.add(option);
            group.add(option);
        }
        listbox.add(group);
    }

    private void move(int step) {
        if (options.isEmpty()) {
            return;
        }
        if (!listbox.isVisible()) {
            listbox.setVisible(true);
            inputAttribute("aria-expanded", "true");
        }
        if (active >= 0) {
            options.get(active).select(false);
        }
        active = Math.floorMod(active + step, options.size());
        if (active < 0) {
            active = options.size() - 1;
        }
        Option option = options.get(active);
        option.select(true);
        inputAttribute("aria-activedescendant", option.getId().orElseThrow());
    }

    private void choose(Option option) {
        close();
        status.setText(getTranslation("search.chosen", option.hit().title()));
        fireEvent(new Chosen(this, option.hit()));
    }

    private void close() {
        listbox.setVisible(false);
        inputAttribute("aria-expanded", "false");
    }

    /** On the host for tests and styles, and on the native input, where assistive technology reads it. */
    private void inputAttribute(String name, String value) {
        field.getElement().setAttribute("data-" + name, value);
        field.getElement().executeJs("const input = this.inputElement; if (input) { if ($1) "
                + "input.setAttribute($0, $1); else input.removeAttribute($0); }", name, value);
    }

    /** One result in the list. */
    static final class Option extends Div {

        private final SearchHit hit;

        Option(SearchHit hit, String id) {
            this.hit = hit;
            setId(id);
            getElement().setAttribute("role", "option");
            getElement().setAttribute("aria-selected", "false");
            addClassName("kasvu-haku-tulos");
            getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-m)").set("cursor", "pointer");
            var title = new Span(hit.title());
            add(title);
            if (!hit.subtitle().isBlank()) {
                var subtitle = new Span(" – " + hit.subtitle());
                subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
                add(subtitle);
            }
        }

        SearchHit hit() {
            return hit;
        }

        void select(boolean selected) {
            getElement().setAttribute("aria-selected", Boolean.toString(selected));
            getStyle().set("background", selected ? "var(--lumo-primary-color-10pct)" : "transparent");
        }
    }

    /** A result was chosen. */
    public static final class Chosen extends ComponentEvent<SearchBox> {

        private final SearchHit hit;

        Chosen(SearchBox source, SearchHit hit) {
            super(source, true);
            this.hit = hit;
        }

        public SearchHit hit() {
            return hit;
        }
    }
}
