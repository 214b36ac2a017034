package fi.kasvu.search.elasticsearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.search.Kind;
import fi.kasvu.search.SearchDocument;
import fi.kasvu.search.SearchHit;
import fi.kasvu.search.SearchIndex;
import fi.kasvu.search.SearchQuery;
import fi.kasvu.search.SearchResults;
import fi.kasvu.search.SearchUnavailableException;
import fi.kasvu.search.Viewer;

/**
 * Search in Elasticsearch: the alias {@code <prefix>-<slug>} points at the tenant's one index
 * ({@code <prefix>-<slug>-<time>}). A write is durable when Elasticsearch acknowledges it (its translog) and each bulk
 * refreshes the index, so an outbox row is deleted only once its change can be found; one refresh per batch of up to
 * a thousand changes, rather than waiting for the next scheduled refresh (wait_for), keeps a big import's indexing
 * from being held to one batch per refresh interval. Searches name the alias of the tenant they are given only.
 */
public final class ElasticsearchSearchIndex implements SearchIndex {

    private final ElasticsearchClient client;
    private final ElasticsearchSettings settings;
    private final Set<TenantId> ready = ConcurrentHashMap.newKeySet();

    ElasticsearchSearchIndex(ElasticsearchClient client, ElasticsearchSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Override
    public void upsert(TenantId tenant, Collection<SearchDocument> documents) {
        live(tenant, documents.stream().map(ElasticsearchSearchIndex::index).toList());
    }

    @Override
    public void delete(TenantId tenant, Collection<String> ids) {
        live(tenant, ids.stream().map(ElasticsearchSearchIndex::delete).toList());
    }

    /** Writes through the alias only (never creating an index by its name); on failure the alias is checked again. */
    private void live(TenantId tenant, List<BulkOperation> operations) {
        ensureIndex(tenant);
        try {
            bulk(alias(tenant), Refresh.True, operations, true);
        } catch (SearchUnavailableException e) {
            ready.remove(tenant);
            throw e;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public SearchResults search(TenantId tenant, SearchQuery query, Viewer viewer) {
        if (query.isEmpty()) {
            return SearchResults.none(query);
        }
        try {
            var response = client.search(s -> s.index(alias(tenant)).size(query.limit()).trackTotalHits(t -> t.enabled(false))
                    .query(ElasticsearchQueries.query(query, viewer))
                    .source(source -> source.filter(f -> f.includes(IndexMapping.ID, IndexMapping.KIND,
                            IndexMapping.TITLE, IndexMapping.SUBTITLE))), Map.class);
            var hits = new ArrayList<SearchHit>();
            for (Hit<Map> hit : response.hits().hits()) {
                Map<String, Object> source = hit.source();
                hits.add(new SearchHit((String) source.get(IndexMapping.ID), Kind.valueOf((String) source.get(IndexMapping.KIND)),
                        (String) source.get(IndexMapping.TITLE), (String) source.get(IndexMapping.SUBTITLE)));
            }
            return new SearchResults(query, hits);
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return SearchResults.none(query); // nothing indexed for the tenant yet
            }
            throw unavailable("searching " + tenant, e);
        } catch (IOException | RuntimeException e) {
            throw unavailable("searching " + tenant, e);
        }
    }

    @Override
    public Rebuild rebuild(TenantId tenant) {
        String next = newIndexName(tenant);
        createIndex(next, false, tenant);
        return new Rebuild() {
            private boolean swapped;

            @Override
            public void upsert(Collection<SearchDocument> documents) {
                bulk(next, Refresh.False, documents.stream().map(ElasticsearchSearchIndex::index).toList(), false);
            }

            @Override
            public void delete(Collection<String> ids) {
                bulk(next, Refresh.False, ids.stream().map(ElasticsearchSearchIndex::delete).toList(), false);
            }

            @Override
            public void swap() {
                String alias = alias(tenant);
                try {
                    client.indices().refresh(r -> r.index(next));
                    List<String> old = indicesOf(alias);
                    client.indices().updateAliases(u -> {
                        old.forEach(index -> u.actions(a -> a.remove(r -> r.index(index).alias(alias))));
                        return u.actions(a -> a.add(add -> add.index(next).alias(alias)));
                    });
                    swapped = true;
                    ready.add(tenant);
                    if (!old.isEmpty()) {
                        client.indices().delete(d -> d.index(old));
                    }
                } catch (IOException | RuntimeException e) {
                    throw unavailable("swapping the index of " + tenant, e);
                }
            }

            @Override
            public void close() {
                if (!swapped) {
                    try {
                        client.indices().delete(d -> d.index(next).ignoreUnavailable(true));
                    } catch (IOException | RuntimeException e) {
                        throw unavailable("removing the abandoned index of " + tenant, e);
                    }
                }
            }
        };
    }

    @Override
    public void drop(TenantId tenant) {
        try {
            List<String> indices = indicesOf(alias(tenant));
            if (!indices.isEmpty()) {
                client.indices().delete(d -> d.index(indices));
            }
            ready.remove(tenant);
        } catch (IOException | RuntimeException e) {
            throw unavailable("dropping the index of " + tenant, e);
        }
    }

    @Override
    public String engine() {
        return "Elasticsearch (" + settings.url() + ")";
    }

    String alias(TenantId tenant) {
        return settings.indexPrefix() + "-" + tenant.slug();
    }

    private void ensureIndex(TenantId tenant) {
        if (ready.contains(tenant)) {
            return;
        }
        try {
            if (!client.indices().existsAlias(e -> e.name(alias(tenant))).value()) {
                createIndex(newIndexName(tenant), true, tenant);
            }
            ready.add(tenant);
        } catch (IOException | RuntimeException e) {
            throw unavailable("preparing the index of " + tenant, e);
        }
    }

    private void createIndex(String name, boolean withAlias, TenantId tenant) {
        try {
            client.indices().create(c -> {
                c.index(name).mappings(IndexMapping.mapping(settings.analyzer()))
                        .settings(s -> s.numberOfShards("1").numberOfReplicas(Integer.toString(settings.replicas())));
                return withAlias ? c.aliases(alias(tenant), a -> a) : c;
            });
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw unavailable("creating an index for " + tenant, e);
            }
        } catch (IOException | RuntimeException e) {
            throw unavailable("creating an index for " + tenant, e);
        }
    }

    private List<String> indicesOf(String alias) throws IOException {
        try {
            return List.copyOf(client.indices().getAlias(g -> g.name(alias)).result().keySet());
        } catch (ElasticsearchException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    private String newIndexName(TenantId tenant) {
        return alias(tenant) + "-" + System.currentTimeMillis() + "-" + UUID.randomUUID().toString().substring(0, 4);
    }

    private void bulk(String target, Refresh refresh, List<BulkOperation> operations, boolean throughAlias) {
        if (operations.isEmpty()) {
            return;
        }
        try {
            var response = client.bulk(BulkRequest.of(b -> b.index(target).refresh(refresh).requireAlias(throughAlias).operations(operations)));
            if (response.errors()) {
                var failed = response.items().stream().filter(item -> item.error() != null).findFirst().orElseThrow();
                throw new SearchUnavailableException("Elasticsearch refused a write to " + target + ": "
                        + failed.error().type(), null); // the reason may quote the document, so it stays out
            }
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("writing to " + target, e);
        } catch (SearchUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable("writing to " + target, e);
        }
    }

    private static BulkOperation index(SearchDocument document) {
        return BulkOperation.of(o -> o.index(i -> i.id(document.id()).document(IndexMapping.json(document))));
    }

    private static BulkOperation delete(String id) {
        return BulkOperation.of(o -> o.delete(d -> d.id(id)));
    }

    private SearchUnavailableException unavailable(String what, Exception cause) {
        return new SearchUnavailableException(what + " in Elasticsearch at " + settings.url() + " failed: "
                + cause.getClass().getSimpleName(), cause);
    }
}
