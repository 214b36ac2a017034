package fi.kasvu.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What someone typed, made safe to search with: only letters and digits count, everything else (query syntax such as
 * {@code * ? " ( ) : ~ ^ \ [ ] { } AND OR -}) separates words and is never interpreted. Bounded: the first
 * {@value #MAX_CHARACTERS} characters, at most {@value #MAX_TERMS} words of at most {@value #MAX_TERM_LENGTH}
 * characters each. A query with no word left (a lone {@code *}) finds nothing rather than everything.
 *
 * @param terms  the words, lowercase
 * @param folded the same words without diacritics ({@code äö} as {@code ao}), for names typed without them
 */
public record SearchQuery(String text, List<String> terms, List<String> folded, int limit) {

    public static final int MAX_CHARACTERS = 200;
    public static final int MAX_TERMS = 6;
    public static final int MAX_TERM_LENGTH = 40;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public SearchQuery {
        terms = List.copyOf(terms);
        folded = List.copyOf(folded);
    }

    public static SearchQuery of(String typed) {
        return of(typed, DEFAULT_LIMIT);
    }

    public static SearchQuery of(String typed, int limit) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_CHARACTERS) {
            text = text.substring(0, MAX_CHARACTERS);
        }
        var terms = new ArrayList<String>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && terms.size() < MAX_TERMS && !terms.contains(word)) {
                terms.add(word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word);
            }
        }
        return new SearchQuery(text, terms, terms.stream().map(SearchQuery::fold).toList(),
                Math.clamp(limit, 1, MAX_LIMIT));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Lowercase letters without their diacritics: "Åström" and "Äijälä" as "astrom" and "aijala". */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replace('ø', 'o').replace('æ', 'a').replace("ß", "ss");
    }
}
