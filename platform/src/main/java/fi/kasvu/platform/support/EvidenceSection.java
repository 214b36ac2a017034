package fi.kasvu.platform.support;

import java.util.List;

/**
 * One part of what Kasvu already knows about a student, as the draft of a support document quotes it. Stored with
 * the draft as it was on the day, in words of no language: a source and facts by key with their values, which the page
 * puts into the reader's language.
 *
 * @param source what the facts come from ({@code attendance}, {@code support})
 */
public record EvidenceSection(String source, List<Fact> facts) {

    public EvidenceSection {
        facts = List.copyOf(facts);
    }

    /** A fact by its key ({@code absenceHours}) and its values in order ({@code "52.5"}). */
    public record Fact(String key, List<String> values) {

        public Fact {
            values = List.copyOf(values);
        }

        public static Fact of(String key, Object... values) {
            return new Fact(key, java.util.Arrays.stream(values).map(String::valueOf).toList());
        }
    }
}
