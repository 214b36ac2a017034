package fi.kasvu.search;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import fi.kasvu.platform.tenancy.TenantId;
import org.springframework.stereotype.Component;

/**
 * Writes to a tenant's index, and while the tenant is being reindexed, to the index being built too: a change that
 * arrives during a rebuild reaches both, and its id is remembered so that the rebuild reads it again before the swap.
 */
@Component
class Indexing {

    private final SearchIndex index;
    private final ConcurrentMap<TenantId, Target> rebuilds = new ConcurrentHashMap<>();

    Indexing(SearchIndex index) {
        this.index = index;
    }

    void apply(TenantId tenant, RosterDocuments.Changes changes) {
        if (!changes.upserts().isEmpty()) {
            index.upsert(tenant, changes.upserts());
        }
        if (!changes.deletes().isEmpty()) {
            index.delete(tenant, changes.deletes());
        }
        Target rebuild = rebuilds.get(tenant);
        if (rebuild != null) {
            changes.upserts().forEach(document -> rebuild.touched().add(document.id()));
            rebuild.touched().addAll(changes.deletes());
            rebuild.rebuild().upsert(changes.upserts());
            rebuild.rebuild().delete(changes.deletes());
        }
    }

    /** From now until {@link #finish}, changes to the tenant also go to the rebuild. */
    Target begin(TenantId tenant, SearchIndex.Rebuild rebuild) {
        var target = new Target(rebuild, ConcurrentHashMap.newKeySet());
        if (rebuilds.putIfAbsent(tenant, target) != null) {
            rebuild.close();
            throw new IllegalStateException("the tenant " + tenant + " is already being reindexed");
        }
        return target;
    }

    void finish(TenantId tenant) {
        rebuilds.remove(tenant);
    }

    /** A rebuild in progress and the ids of the documents changed meanwhile. */
    record Target(SearchIndex.Rebuild rebuild, Set<String> touched) {
    }
}
