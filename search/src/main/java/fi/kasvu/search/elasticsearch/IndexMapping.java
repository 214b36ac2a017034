package fi.kasvu.search.elasticsearch;

import java.util.HashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import fi.kasvu.search.SearchDocument;
import fi.kasvu.search.SearchQuery;

/** The mappings Kasvu gives every tenant's index (strict: nothing else can be written), and a document as JSON. */
final class IndexMapping {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String SUBTITLE = "subtitle";
    static final String NAME = "name";
    static final String NAME_FOLDED = "name_folded";
    static final String TEXT = "text";
    static final String SEEN_BY_PERSON = "v_person";
    static final String SEEN_BY_CLASS = "v_class";
    static final String SEEN_BY_SCHOOL = "v_school";
    static final String SEEN_BY_ROLE = "v_role";

    private IndexMapping() {
    }

    static TypeMapping mapping(String textAnalyzer) {
        return TypeMapping.of(m -> m.dynamic(DynamicMapping.Strict)
                .properties(ID, p -> p.keyword(k -> k))
                .properties(KIND, p -> p.keyword(k -> k))
                .properties(TITLE, p -> p.keyword(k -> k.index(false).docValues(false)))
                .properties(SUBTITLE, p -> p.keyword(k -> k.index(false).docValues(false)))
                .properties(NAME, p -> p.text(t -> t.analyzer("standard")))
                .properties(NAME_FOLDED, p -> p.text(t -> t.analyzer("standard")))
                .properties(TEXT, p -> p.text(t -> t.analyzer(textAnalyzer)))
                .properties(SEEN_BY_PERSON, p -> p.keyword(k -> k))
                .properties(SEEN_BY_CLASS, p -> p.keyword(k -> k))
                .properties(SEEN_BY_SCHOOL, p -> p.keyword(k -> k))
                .properties(SEEN_BY_ROLE, p -> p.keyword(k -> k)));
    }

    static Map<String, Object> json(SearchDocument document) {
        var json = new HashMap<String, Object>();
        json.put(ID, document.id());
        json.put(KIND, document.kind().name());
        json.put(TITLE, document.title());
        json.put(SUBTITLE, document.subtitle());
        json.put(NAME, document.names());
        json.put(NAME_FOLDED, document.names().stream().map(SearchQuery::fold).toList());
        json.put(TEXT, document.text());
        var visibility = document.visibility();
        json.put(SEEN_BY_PERSON, visibility.persons().stream().map(Object::toString).toList());
        json.put(SEEN_BY_CLASS, visibility.classes().stream().map(Object::toString).toList());
        json.put(SEEN_BY_SCHOOL, visibility.schools().stream().map(Object::toString).toList());
        json.put(SEEN_BY_ROLE, visibility.roles().stream().toList());
        return json;
    }
}
