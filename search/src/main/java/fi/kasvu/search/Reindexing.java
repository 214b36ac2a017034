package fi.kasvu.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds one tenant's index from its database into a new index and swaps it in, while searches go on answering from
 * the old one. Changes drained meanwhile go to both (see {@link Indexing}); those are read again just before the swap,
 * so the new index is never older than the database was when the swap began.
 */
@Service
public class Reindexing {

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);
    private static final int BATCH = 1000;

    private final SearchIndex index;
    private final Indexing indexing;
    private final RosterDocuments documents;
    private final TenantConnections connections;
    private final TenantContext tenants;
    private final ConcurrentMap<TenantId, ReindexProgress> progress = new ConcurrentHashMap<>();

    Reindexing(SearchIndex index, Indexing indexing, RosterDocuments documents, TenantConnections connections,
               TenantContext tenants) {
        this.index = index;
        this.indexing = indexing;
        this.documents = documents;
        this.connections = connections;
        this.tenants = tenants;
    }

    /** Starts a rebuild on a thread of its own; follow it with {@link #progress(TenantId)}. */
    public CompletableFuture<ReindexProgress> start(TenantId tenant) {
        return CompletableFuture.supplyAsync(() -> reindex(tenant, ignored -> { }), runnable -> {
            Thread thread = new Thread(runnable, "kasvu-reindex-" + tenant.slug());
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Rebuilds the tenant's index now, on this thread, telling the listener after each batch. */
    public ReindexProgress reindex(TenantId tenant, Consumer<ReindexProgress> listener) {
        var running = new ReindexProgress(tenant, ReindexProgress.State.RUNNING, 0, 0, Instant.now(), null, null);
        if (progress.containsKey(tenant) && progress.get(tenant).state() == ReindexProgress.State.RUNNING) {
            throw new IllegalStateException("the tenant " + tenant + " is already being reindexed");
        }
        progress.put(tenant, running);
        try (var bound = tenants.bind(tenant)) {
            var target = indexing.begin(tenant, index.rebuild(tenant));
            try (var rebuild = target.rebuild()) {
                long total = connections.withConnection(tenant, documents::count);
                progress.put(tenant, new ReindexProgress(tenant, ReindexProgress.State.RUNNING, total, 0,
                        running.started(), null, null));
                connections.withConnection(tenant, connection -> {
                    documents.readAll(connection, BATCH, batch -> {
                        rebuild.upsert(batch);
                        listener.accept(progress.merge(tenant, running, (now, ignored) -> now.advanced(batch.size())));
                    });
                    return null;
                });
                rereadTouched(tenant, target);
                rebuild.swap();
            } finally {
                indexing.finish(tenant);
            }
            ReindexProgress done = progress.computeIfPresent(tenant, (t, now) -> now.swapped());
            log.info("reindexed {} documents of {} into a new {} index in {} ms", done.written(), tenant,
                    index.engine(), done.finished().toEpochMilli() - done.started().toEpochMilli());
            listener.accept(done);
            return done;
        } catch (Exception e) {
            ReindexProgress failed = progress.computeIfPresent(tenant, (t, now) -> now.failed(e.toString()));
            log.warn("reindexing {} failed; searches go on with the old index: {}", tenant, e.toString());
            listener.accept(failed);
            return failed;
        }
    }

    public Optional<ReindexProgress> progress(TenantId tenant) {
        return Optional.ofNullable(progress.get(tenant));
    }

    private void rereadTouched(TenantId tenant, Indexing.Target target) throws java.sql.SQLException {
        var touched = new ArrayList<EntityKey>();
        for (String id : target.touched()) {
            int colon = id.indexOf(':');
            touched.add(new EntityKey(id.substring(0, colon), java.util.UUID.fromString(id.substring(colon + 1))));
        }
        if (touched.isEmpty()) {
            return;
        }
        var changes = connections.withConnection(tenant, connection -> documents.read(connection, touched));
        target.rebuild().upsert(changes.upserts());
        target.rebuild().delete(changes.deletes());
    }
}
