package fi.kasvu.ui.oneroster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import fi.kasvu.platform.oneroster.csv.ImportPhase;
import fi.kasvu.platform.oneroster.csv.RosterCsvImport;
import fi.kasvu.platform.oneroster.csv.RosterImportResult;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports started from the page, run off the request thread: the uploaded zip waits in a temporary file, a worker
 * imports it with the tenant carried explicitly (and bound on the worker for its log lines), and the page reads the
 * progress while it runs. One import per municipality at a time; a reopened page finds the running one.
 */
@Component
class RosterImports {

    static final long LARGEST_ZIP = 200L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(RosterImports.class);

    private final RosterCsvImport imports;
    private final TenantContext tenants;
    private final Map<TenantId, Running> running = new ConcurrentHashMap<>();
    private final ExecutorService workers;

    RosterImports(RosterCsvImport imports, TenantContext tenants) {
        this.imports = imports;
        this.tenants = tenants;
        var counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, runnable -> {
            var thread = new Thread(runnable, "oneroster-import-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** An import as it runs: the latest progress, and the result once it is done. */
    static final class Running {
        final String fileName;
        volatile ImportPhase phase = ImportPhase.READING;
        volatile String subject = "";
        volatile long rows;
        volatile RosterImportResult result;

        Running(String fileName) {
            this.fileName = fileName;
        }
    }

    /** Copies the upload (at most {@link #LARGEST_ZIP} bytes) to a temporary file; null when it is larger. */
    static Path receive(InputStream upload) throws IOException {
        Path file = Files.createTempFile("oneroster-", ".zip");
        try (var out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = upload.read(buffer)) > 0) {
                total += n;
                if (total > LARGEST_ZIP) {
                    out.close();
                    Files.deleteIfExists(file);
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        return file;
    }

    /** Starts importing the file (which is deleted afterwards); empty when the municipality has one running. */
    Optional<Running> start(TenantId tenant, Path zip, String fileName, String actor) {
        var run = new Running(fileName);
        if (running.putIfAbsent(tenant, run) != null) {
            delete(zip);
            return Optional.empty();
        }
        workers.execute(() -> tenants.runAs(tenant, () -> {
            try (InputStream in = Files.newInputStream(zip)) {
                run.result = imports.importZip(tenant, fileName, in, actor, (phase, subject, rows) -> {
                    if (phase == ImportPhase.DONE) {
                        return; // done is when the result is here, below
                    }
                    run.phase = phase;
                    run.subject = subject;
                    run.rows = rows;
                });
            } catch (IOException | RuntimeException e) {
                log.warn("the OneRoster import of '{}' could not run: {}", tenant.slug(), e.getClass().getSimpleName());
            } finally {
                run.phase = ImportPhase.DONE;
                running.remove(tenant, run);
                delete(zip);
            }
        }));
        return Optional.of(run);
    }

    Optional<Running> running(TenantId tenant) {
        return Optional.ofNullable(running.get(tenant));
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("a temporary import file could not be deleted: {}", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
