package fi.kasvu.ui.search;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import fi.kasvu.search.Kind;
import fi.kasvu.search.SearchHit;
import fi.kasvu.search.SearchQuery;
import fi.kasvu.search.SearchResults;
import fi.kasvu.search.SearchUnavailableException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The header's search field on its own: results grouped by kind, the keyboard, and what a screen reader is told. */
@org.junit.jupiter.api.extension.ExtendWith(fi.kasvu.ui.i18n.WithTranslations.class)
class SearchBoxTest {

    private static final SearchHit AINO = new SearchHit("person:1", Kind.PUPIL, "Aino Virtanen", "7A");
    private static final SearchHit AADA = new SearchHit("person:2", Kind.PUPIL, "Aada Virtanen", "5C");
    private static final SearchHit HEIKKI = new SearchHit("person:3", Kind.GUARDIAN, "Heikki Virtanen", "");
    private static final SearchHit SCHOOL = new SearchHit("school:4", Kind.SCHOOL, "Virtasen koulu", "");

    private final List<String> asked = new ArrayList<>();
    private final SearchBox box = new SearchBox(typed -> {
        asked.add(typed);
        return new SearchResults(SearchQuery.of(typed), List.of(SCHOOL, HEIKKI, AINO, AADA));
    });

    @Test
    void showsResultsGroupedByKindInKindOrder() {
        box.field().setValue("virt");

        assertThat(asked).containsExactly("virt");
        assertThat(box.listbox().isVisible()).isTrue();
        assertThat(headings()).containsExactly("Oppilaat", "Huoltajat", "Koulut");
        assertThat(optionTitles()).containsExactly("Aino Virtanen", "Aada Virtanen", "Heikki Virtanen", "Virtasen koulu");
        assertThat(box.status()).isEqualTo("4 tulosta.");
        assertThat(box.field().getElement().getAttribute("data-aria-expanded")).isEqualTo("true");
    }

    @Test
    void waitsForAPauseInTypingBeforeSearching() {
        assertThat(box.field().getValueChangeMode()).isEqualTo(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        assertThat(box.field().getValueChangeTimeout()).isEqualTo(SearchBox.DEBOUNCE_MS);
    }

    @Test
    void arrowsMoveThroughTheResultsAndEnterChoosesOne() {
        var chosen = new ArrayList<SearchHit>();
        box.addChosenListener(event -> chosen.add(event.hit()));
        box.field().setValue("virt");

        box.handleKey("ArrowDown");
        box.handleKey("ArrowDown");
        assertThat(activeDescendant()).isEqualTo("kasvu-haku-tulos-1");
        assertThat(selected()).containsExactly("Aada Virtanen");
        box.handleKey("ArrowUp");
        assertThat(selected()).containsExactly("Aino Virtanen");
        box.handleKey("ArrowUp");
        assertThat(selected()).as("wraps to the last").containsExactly("Virtasen koulu");

        box.handleKey("Enter");
        assertThat(chosen).containsExactly(SCHOOL);
        assertThat(box.listbox().isVisible()).isFalse();
        assertThat(box.status()).isEqualTo("Valittu: Virtasen koulu.");
    }

    @Test
    void escapeClosesTheListThenEmptiesTheField() {
        box.field().setValue("virt");

        box.handleKey("Escape");
        assertThat(box.listbox().isVisible()).isFalse();
        assertThat(box.field().getElement().getAttribute("data-aria-expanded")).isEqualTo("false");
        assertThat(box.field().getValue()).isEqualTo("virt");

        box.handleKey("Escape");
        assertThat(box.field().getValue()).isEmpty();
    }

    @Test
    void isLabelledForScreenReaders() {
        assertThat(box.field().getAriaLabel()).contains("Hae oppilaita, henkilökuntaa, luokkia ja kouluja");
        assertThat(box.field().getElement().getAttribute("data-role")).isEqualTo("combobox");
        assertThat(box.field().getElement().getAttribute("data-aria-controls")).isEqualTo(SearchBox.LISTBOX_ID);
        assertThat(box.listbox().getElement().getAttribute("role")).isEqualTo("listbox");
        box.field().setValue("virt");
        var group = box.listbox().getChildren().findFirst().orElseThrow();
        assertThat(group.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(group.getElement().getAttribute("aria-labelledby")).isEqualTo("kasvu-haku-ryhma-pupil");
    }

    @Test
    void saysSoWhenNothingIsFoundOrTheEngineIsDown() {
        var empty = new SearchBox(typed -> SearchResults.none(SearchQuery.of(typed)));
        empty.field().setValue("zzz");
        assertThat(empty.status()).isEqualTo("Ei tuloksia.");

        var down = new SearchBox(typed -> {
            throw new SearchUnavailableException("down", null);
        });
        down.field().setValue("virt");
        assertThat(down.status()).startsWith("Haku ei ole juuri nyt käytettävissä");
        assertThat(down.listbox().isVisible()).isFalse();
    }

    private List<String> headings() {
        return box.listbox().getChildren()
                .map(group -> group.getChildren().findFirst().orElseThrow().getElement().getText()).toList();
    }

    private List<SearchBox.Option> options() {
        return box.listbox().getChildren().flatMap(Component::getChildren)
                .filter(SearchBox.Option.class::isInstance).map(SearchBox.Option.class::cast).toList();
    }

    private List<String> optionTitles() {
        return options().stream().map(option -> option.hit().title()).toList();
    }

    private List<String> selected() {
        return options().stream().filter(option -> "true".equals(option.getElement().getAttribute("aria-selected")))
                .map(option -> option.hit().title()).toList();
    }

    private String activeDescendant() {
        return box.field().getElement().getAttribute("data-aria-activedescendant");
    }
}
