package fi.kasvu.platform.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** No figure about fewer than five pupils. */
class SmallCellsTest {

    @Test
    void aCountOfOneToFourPupilsIsHiddenAndZeroOrFiveAreShown() {
        assertThat(SmallCells.count(0, 100).shown()).isEqualTo("0");
        assertThat(SmallCells.count(1, 100).suppressed()).isTrue();
        assertThat(SmallCells.count(4, 100).suppressed()).isTrue();
        assertThat(SmallCells.count(5, 100).value()).isEqualTo(5);
    }

    @Test
    void everyFigureOfAGroupOfFewerThanFiveIsHidden() {
        assertThat(SmallCells.count(0, 4).suppressed()).isTrue();
        assertThat(SmallCells.count(4, 4).suppressed()).isTrue();
        assertThat(SmallCells.count(5, 5).value()).isEqualTo(5);
    }

    @Test
    void aSplitIsHiddenWhenEitherSideIsOneToFour() {
        assertThat(SmallCells.split(198, 200).suppressed()).isTrue();
        assertThat(SmallCells.split(195, 200).value()).isEqualTo(195);
        assertThat(SmallCells.split(200, 200).value()).isEqualTo(200);
        assertThat(SmallCells.split(3, 200).suppressed()).isTrue();
    }

    @Test
    void aLoneHiddenCellTakesTheNextSmallestWithIt() {
        var shown = SmallCells.distribution(List.of(0, 3, 12, 7, 20, 0, 9));

        assertThat(shown).extracting(Figure::shown).containsExactly("0", "<5", "12", "<5", "20", "0", "9");
    }

    @Test
    void twoHiddenCellsNeedNoMore() {
        assertThat(SmallCells.distribution(List.of(2, 3, 12, 7))).extracting(Figure::shown)
                .containsExactly("<5", "<5", "12", "7");
    }
}
