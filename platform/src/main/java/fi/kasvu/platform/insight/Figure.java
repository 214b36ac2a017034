package fi.kasvu.platform.insight;

/**
 * A count of pupils as a dashboard may show it: the value, or nothing when showing it would tell about fewer than five
 * pupils ({@link SmallCells}).
 */
public record Figure(Integer value, boolean suppressed) {

    static final Figure SUPPRESSED = new Figure(null, true);

    static Figure of(int value) {
        return new Figure(value, false);
    }

    /** As a CSV cell or a label: the number, or "<5". */
    public String shown() {
        return suppressed ? "<5" : String.valueOf(value);
    }
}
