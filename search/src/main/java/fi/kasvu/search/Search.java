package fi.kasvu.search;

import fi.kasvu.platform.tenancy.TenantContext;
import org.springframework.stereotype.Service;

/**
 * Searching the bound tenant's index as a viewer. The tenant is always the one bound to the thread (the request's
 * host), never something the query says.
 */
@Service
public class Search {

    private final SearchIndex index;
    private final TenantContext tenants;

    Search(SearchIndex index, TenantContext tenants) {
        this.index = index;
        this.tenants = tenants;
    }

    /**
     * The viewer's best matches for what they typed; an empty or syntax-only query finds nothing.
     *
     * @throws SearchUnavailableException when the engine does not answer
     */
    public SearchResults find(String typed, Viewer viewer) {
        return find(SearchQuery.of(typed), viewer);
    }

    public SearchResults find(SearchQuery query, Viewer viewer) {
        var tenant = tenants.require();
        if (query.isEmpty() || viewer.seesNothing()) {
            return SearchResults.none(query);
        }
        return index.search(tenant, query, viewer);
    }

    /** Which engine answers, for diagnostics. */
    public String engine() {
        return index.engine();
    }
}
