package fi.kasvu.search.elasticsearch;

import java.util.Collection;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import fi.kasvu.search.SearchQuery;
import fi.kasvu.search.Viewer;

/**
 * The same query as the Lucene adapter's, in Elasticsearch's DSL and with only the standard analyzer for names: every
 * word matches a name exactly, by prefix, without diacritics or with a typo, or a word of the free text; the viewer's
 * rights are a filter.
 */
final class ElasticsearchQueries {

    private ElasticsearchQueries() {
    }

    static Query query(SearchQuery query, Viewer viewer) {
        var all = new BoolQuery.Builder();
        for (int i = 0; i < query.terms().size(); i++) {
            all.must(word(query.terms().get(i), query.folded().get(i)));
        }
        if (!viewer.everything()) {
            all.filter(visibility(viewer));
        }
        return all.build()._toQuery();
    }

    private static Query word(String term, String folded) {
        var any = new BoolQuery.Builder().minimumShouldMatch("1");
        any.should(q -> q.term(t -> t.field(IndexMapping.NAME).value(term).boost(4f)));
        any.should(q -> q.prefix(p -> p.field(IndexMapping.NAME).value(term).boost(3f)));
        any.should(q -> q.term(t -> t.field(IndexMapping.NAME_FOLDED).value(folded).boost(2f)));
        any.should(q -> q.prefix(p -> p.field(IndexMapping.NAME_FOLDED).value(folded).boost(2f)));
        if (folded.length() >= 4) {
            any.should(q -> q.fuzzy(f -> f.field(IndexMapping.NAME_FOLDED).value(folded)
                    .fuzziness(folded.length() >= 8 ? "2" : "1").prefixLength(1)));
        }
        any.should(q -> q.match(m -> m.field(IndexMapping.TEXT).query(term).boost(0.5f)));
        return any.build()._toQuery();
    }

    private static Query visibility(Viewer viewer) {
        var seen = new BoolQuery.Builder().minimumShouldMatch("1");
        if (!viewer.persons().isEmpty()) {
            seen.should(terms(IndexMapping.SEEN_BY_PERSON, viewer.persons()));
        }
        if (!viewer.classes().isEmpty()) {
            seen.should(terms(IndexMapping.SEEN_BY_CLASS, viewer.classes()));
        }
        if (!viewer.schools().isEmpty() && !viewer.roles().isEmpty()) {
            seen.should(q -> q.bool(b -> b.filter(terms(IndexMapping.SEEN_BY_SCHOOL, viewer.schools()))
                    .filter(terms(IndexMapping.SEEN_BY_ROLE, viewer.roles()))));
        }
        return seen.build()._toQuery();
    }

    private static Query terms(String field, Collection<?> values) {
        List<FieldValue> terms = values.stream().map(value -> FieldValue.of(value.toString())).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms))));
    }
}
