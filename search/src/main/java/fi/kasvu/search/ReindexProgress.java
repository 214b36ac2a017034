package fi.kasvu.search;

import java.time.Instant;

import fi.kasvu.platform.tenancy.TenantId;

/**
 * How far a tenant's reindex has come.
 *
 * @param total   documents expected (counted when it started)
 * @param written documents written to the new index so far
 * @param error   why it failed, without document data; null unless FAILED
 */
public record ReindexProgress(TenantId tenant, State state, long total, long written, Instant started,
                              Instant finished, String error) {

    public enum State { RUNNING, SWAPPED, FAILED }

    public int percent() {
        return total == 0 ? (state == State.RUNNING ? 0 : 100) : (int) Math.min(100, written * 100 / total);
    }

    ReindexProgress advanced(long more) {
        return new ReindexProgress(tenant, state, total, written + more, started, finished, error);
    }

    ReindexProgress swapped() {
        return new ReindexProgress(tenant, State.SWAPPED, total, written, started, Instant.now(), null);
    }

    ReindexProgress failed(String reason) {
        return new ReindexProgress(tenant, State.FAILED, total, written, started, Instant.now(), reason);
    }
}
