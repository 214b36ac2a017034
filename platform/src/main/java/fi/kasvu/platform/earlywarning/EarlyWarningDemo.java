package fi.kasvu.platform.earlywarning;

import fi.kasvu.platform.demo.DemoData;
import org.springframework.stereotype.Component;

/**
 * The demo municipality's indicators after its attendance and assessment demo data: the marks seeded through the
 * services were already followed as they were made; recomputing everyone once more costs little and shows the
 * rebuild that follows an import of marks.
 */
@Component
class EarlyWarningDemo implements DemoData {

    private final Indicators indicators;
    private final SchoolDays schoolDays;
    private final StudentDays studentDays;

    EarlyWarningDemo(Indicators indicators, SchoolDays schoolDays, StudentDays studentDays) {
        this.indicators = indicators;
        this.schoolDays = schoolDays;
        this.studentDays = studentDays;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void seed() {
        schoolDays.rebuild();
        studentDays.rebuild();
        indicators.recomputeAll();
    }
}
