package fi.kasvu.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The best hits for a query, best first. */
public record SearchResults(SearchQuery query, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    public static SearchResults none(SearchQuery query) {
        return new SearchResults(query, List.of());
    }

    /** The hits grouped by kind, the kinds in {@link Kind}'s order, each group best first. */
    public Map<Kind, List<SearchHit>> byKind() {
        var groups = new LinkedHashMap<Kind, List<SearchHit>>();
        for (Kind kind : Kind.values()) {
            List<SearchHit> ofKind = hits.stream().filter(hit -> hit.kind() == kind).toList();
            if (!ofKind.isEmpty()) {
                groups.put(kind, ofKind);
            }
        }
        return groups;
    }
}
