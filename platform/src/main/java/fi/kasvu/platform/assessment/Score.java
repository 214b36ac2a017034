package fi.kasvu.platform.assessment;

import java.math.BigDecimal;

/**
 * A value on a {@link Scale}: exactly one of a number (a test mark 7+ is 7.25, a grade 8 is 8), a pass/fail mark
 * ({@code S} or {@code H}) or words.
 */
public record Score(BigDecimal number, String mark, String verbal) {

    public static Score number(BigDecimal value) {
        return new Score(value, null, null);
    }

    public static Score mark(String mark) {
        return new Score(null, mark, null);
    }

    public static Score verbal(String words) {
        return new Score(null, null, words);
    }

    public boolean isVerbal() {
        return verbal != null;
    }

    /** As a teacher writes it: 7-, 7, 7+, 7½, S, H or the words. */
    public String display() {
        if (number != null) {
            return Scale.markOf(number);
        }
        return mark != null ? mark : verbal;
    }
}
