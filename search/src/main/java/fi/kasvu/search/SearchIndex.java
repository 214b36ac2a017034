package fi.kasvu.search;

import java.util.Collection;

import fi.kasvu.platform.tenancy.TenantId;

/**
 * A search engine holding one index per tenant. Every call names its tenant; nothing here reaches another tenant's
 * index. Writes are idempotent (an upsert replaces the document of the same id, deleting a missing id does nothing)
 * and durable when they return; an engine that does not answer throws {@link SearchUnavailableException}.
 */
public interface SearchIndex {

    void upsert(TenantId tenant, Collection<SearchDocument> documents);

    void delete(TenantId tenant, Collection<String> ids);

    /** The documents matching every word of the query that the viewer may see, best first. */
    SearchResults search(TenantId tenant, SearchQuery query, Viewer viewer);

    /** A new, empty index for the tenant beside the one searches use, to be filled and then swapped in. */
    Rebuild rebuild(TenantId tenant);

    /** Removes the tenant's index altogether (the tenant is being deleted). */
    void drop(TenantId tenant);

    /** Which engine this is, for logs and the benchmark. */
    String engine();

    /** An index being built; searches go on using the old one until {@link #swap()}. */
    interface Rebuild extends AutoCloseable {

        void upsert(Collection<SearchDocument> documents);

        void delete(Collection<String> ids);

        /** Makes this index the tenant's, atomically for searches, and discards the old one. */
        void swap();

        /** Discards the new index unless it was swapped in. */
        @Override
        void close();
    }
}
