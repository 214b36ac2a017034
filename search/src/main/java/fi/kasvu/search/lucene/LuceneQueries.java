package fi.kasvu.search.lucene;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import fi.kasvu.search.SearchQuery;
import fi.kasvu.search.Viewer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * A query built from words, never parsed from what was typed: every word must match a name exactly, by prefix, without
 * diacritics or with a typo (one edit from four letters, two from eight), or a word of the other text in one of the
 * three languages. The viewer's rights are a filter, not a score.
 */
final class LuceneQueries {

    private final Map<String, QueryBuilder> languages;

    LuceneQueries(Map<String, Analyzer> languages) {
        this.languages = languages.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> new QueryBuilder(entry.getValue())));
    }

    Query query(SearchQuery query, Viewer viewer) {
        var all = new BooleanQuery.Builder();
        for (int i = 0; i < query.terms().size(); i++) {
            all.add(word(query.terms().get(i), query.folded().get(i)), Occur.MUST);
        }
        if (!viewer.everything()) {
            all.add(visibility(viewer), Occur.FILTER);
        }
        return all.build();
    }

    private Query word(String term, String folded) {
        var any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new TermQuery(new Term(Fields.NAME, term)), 4f), Occur.SHOULD);
        any.add(new BoostQuery(new PrefixQuery(new Term(Fields.NAME, term)), 3f), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(Fields.NAME_FOLDED, folded)), 2f), Occur.SHOULD);
        any.add(new BoostQuery(new PrefixQuery(new Term(Fields.NAME_FOLDED, folded)), 2f), Occur.SHOULD);
        if (folded.length() >= 4) {
            any.add(new FuzzyQuery(new Term(Fields.NAME_FOLDED, folded), folded.length() >= 8 ? 2 : 1, 1), Occur.SHOULD);
        }
        languages.forEach((field, builder) -> {
            Query text = builder.createBooleanQuery(field, term);
            if (text != null) {
                any.add(new BoostQuery(text, 0.5f), Occur.SHOULD);
            }
        });
        return any.build();
    }

    static Query visibility(Viewer viewer) {
        var seen = new BooleanQuery.Builder();
        if (!viewer.persons().isEmpty()) {
            seen.add(terms(Fields.SEEN_BY_PERSON, viewer.persons()), Occur.SHOULD);
        }
        if (!viewer.classes().isEmpty()) {
            seen.add(terms(Fields.SEEN_BY_CLASS, viewer.classes()), Occur.SHOULD);
        }
        if (!viewer.schools().isEmpty() && !viewer.roles().isEmpty()) {
            seen.add(new BooleanQuery.Builder()
                    .add(terms(Fields.SEEN_BY_SCHOOL, viewer.schools()), Occur.FILTER)
                    .add(terms(Fields.SEEN_BY_ROLE, viewer.roles()), Occur.FILTER)
                    .build(), Occur.SHOULD);
        }
        seen.setMinimumNumberShouldMatch(1);
        return seen.build();
    }

    private static Query terms(String field, Collection<?> values) {
        List<BytesRef> terms = values.stream().map(value -> new BytesRef(value.toString())).toList();
        return new TermInSetQuery(field, terms);
    }
}
