package fi.kasvu.platform.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression: no figure about fewer than five pupils. A count of 1-4 pupils is hidden; so is every figure
 * of a group of fewer than five pupils; a share is hidden when the pupils outside it number 1-4 (200 pupils of whom
 * 198 are absent tells about two); and in a distribution where only one cell of a group is hidden, the next smallest
 * is hidden too, so the hidden one cannot be worked out from the group's total.
 */
final class SmallCells {

    static final int SMALLEST = 5;

    private SmallCells() {
    }

    /** A count within a group of the given size. */
    static Figure count(int value, int group) {
        if (group < SMALLEST || value > 0 && value < SMALLEST) {
            return Figure.SUPPRESSED;
        }
        return Figure.of(value);
    }

    /** A count that splits a group in two (those absent 10 % or more, and the others): both sides must be safe. */
    static Figure split(int value, int group) {
        int rest = group - value;
        if (group < SMALLEST || value > 0 && value < SMALLEST || rest > 0 && rest < SMALLEST) {
            return Figure.SUPPRESSED;
        }
        return Figure.of(value);
    }

    /** The cells of one group of a distribution, with secondary suppression. */
    static List<Figure> distribution(List<Integer> cells) {
        int group = cells.stream().mapToInt(Integer::intValue).sum();
        List<Figure> shown = new ArrayList<>(cells.stream().map(c -> count(c, group)).toList());
        long hidden = shown.stream().filter(Figure::suppressed).count();
        if (hidden == 1) {
            cells.stream().filter(c -> c >= SMALLEST).min(Comparator.naturalOrder()).ifPresent(smallest -> {
                int at = cells.indexOf(smallest);
                shown.set(at, Figure.SUPPRESSED);
            });
        }
        return shown;
    }
}
