package fi.kasvu.search;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import org.springframework.stereotype.Service;

/**
 * Drains a tenant's search outbox: takes a batch of queued rows (skipping rows another node holds), reads the current
 * state of each entity they name, writes it to the index (or deletes it), and deletes the rows, all in one
 * transaction. If the engine fails, the transaction rolls back and the rows wait for the next attempt; writes are
 * idempotent, so handling a row twice does no harm.
 */
@Service
public class SearchIndexing {

    private final TenantConnections connections;
    private final TenantContext tenants;
    private final RosterDocuments documents;
    private final Indexing indexing;
    private final SearchSettings settings;

    SearchIndexing(TenantConnections connections, TenantContext tenants, RosterDocuments documents, Indexing indexing,
                   SearchSettings settings) {
        this.connections = connections;
        this.tenants = tenants;
        this.documents = documents;
        this.indexing = indexing;
        this.settings = settings;
    }

    /**
     * Handles everything queued for the tenant.
     *
     * @throws SearchUnavailableException when the engine does not answer; what was not handled stays queued
     */
    public Drained drain(TenantId tenant) {
        var total = new Drained(0, 0);
        Drained batch;
        do {
            batch = drainBatch(tenant);
            total = new Drained(total.rows() + batch.rows(), total.documents() + batch.documents());
        } while (batch.rows() > 0);
        return total;
    }

    /**
     * What a drain did.
     *
     * @param rows      outbox rows handled
     * @param documents documents written or deleted (an entity queued several times is written once per batch)
     */
    public record Drained(long rows, long documents) {
    }

    /** How many outbox rows wait for the tenant. */
    public long pending(TenantId tenant) {
        return sql(tenant, connection -> {
            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT count(*) FROM search_outbox")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private Drained drainBatch(TenantId tenant) {
        return sql(tenant, connection -> {
            connection.setAutoCommit(false);
            try {
                var rowIds = new LinkedHashSet<Long>();
                var keys = new LinkedHashSet<EntityKey>();
                try (var statement = connection.prepareStatement("""
                        SELECT id, entity, entity_id FROM search_outbox ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")) {
                    statement.setInt(1, settings.batchSize());
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rowIds.add(rs.getLong(1));
                            keys.add(new EntityKey(rs.getString(2), rs.getObject(3, UUID.class)));
                        }
                    }
                }
                if (rowIds.isEmpty()) {
                    connection.commit();
                    return new Drained(0, 0);
                }
                // the same entities' later rows too (a person queued by person, person_role and enrollment)
                try (var statement = connection.prepareStatement(
                        "SELECT id, entity, entity_id FROM search_outbox WHERE entity_id = ANY(?) FOR UPDATE SKIP LOCKED")) {
                    statement.setArray(1, connection.createArrayOf("uuid",
                            keys.stream().map(EntityKey::id).distinct().toArray()));
                    try (var rs = statement.executeQuery()) {
                        while (rs.next()) {
                            if (keys.contains(new EntityKey(rs.getString(2), rs.getObject(3, UUID.class)))) {
                                rowIds.add(rs.getLong(1));
                            }
                        }
                    }
                }
                var changes = documents.read(connection, keys);
                indexing.apply(tenant, changes);
                try (var delete = connection.prepareStatement("DELETE FROM search_outbox WHERE id = ANY(?)")) {
                    delete.setArray(1, connection.createArrayOf("bigint", rowIds.toArray()));
                    delete.executeUpdate();
                }
                connection.commit();
                return new Drained(rowIds.size(), changes.upserts().size() + changes.deletes().size());
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    private <T> T sql(TenantId tenant, TenantConnections.ConnectionWork<T> work) {
        try {
            return tenants.callAs(tenant, () -> connections.withConnection(tenant, work));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading the search outbox of " + tenant + " failed: " + e.getMessage(), e);
        }
    }
}
