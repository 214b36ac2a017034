package fi.kasvu.platform.demo;

/**
 * What a feature adds to the demo municipality after its school structure exists: a timetable and its lessons,
 * marks and grades, messages. Features offer it as a Spring bean; {@link DemoMunicipality} runs each in
 * {@link #order()} in the bound demo tenant, on the first start of the embedded default only. Made through the
 * feature's own services, as a person would, so the demo shows what the screens really do.
 */
public interface DemoData {

    /** Lower runs first; a feature that builds on another's data (attendance on lessons) runs after it. */
    int order();

    /** Adds the feature's demo data; the demo tenant is bound. */
    void seed();
}
