package fi.kasvu.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.oneroster.csv.ImportPhase;
import fi.kasvu.platform.oneroster.csv.RosterCsvImport;
import fi.kasvu.platform.oneroster.csv.RosterImportResult;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.springframework.boot.WebApplicationType;

/**
 * Imports a generated municipality the size of Vantaa ({@link RosterZipGenerator}: 30,000 students, 45,000 guardians,
 * 3,000 staff, 2,000 classes, 400,000 enrollments) from a OneRoster 1.2 CSV zip into a fresh tenant through
 * {@link RosterCsvImport}, in a JVM whose heap is capped at 512 MB (run.sh starts it with -Xmx512m), then imports the
 * same zip again (which must write nothing).
 *
 * <p>Reported: the wall time of each import and of its phases, rows per second, the heap: the peak of used heap
 * sampled every 5 ms and the sum of the heap pools' peaks (an upper bound), and the rows in the tenant's tables.
 * Goal: the first import in 60 s or less with -Xmx512m. Set-up (not measured): generating the zip (seed
 * {@code bench.seed}, to target/roster-vantaa.zip) and the platform's start.
 */
public final class RosterImportBench {

    static final double GOAL_SECONDS = 60;

    public static void main(String[] args) {
        int exit;
        try {
            exit = new RosterImportBench().run();
        } catch (Throwable e) {
            System.out.println("[import] ERROR " + e);
            e.printStackTrace(System.out);
            exit = 1;
        }
        System.exit(exit);
    }

    private int run() throws Exception {
        long seed = Long.getLong("bench.seed", 20261128L);
        // beside the other benchmarks' data under infra/bench/target (run.sh names it), else in the working directory
        Path target = Path.of(System.getProperty("bench.data-dir", "target/kasvu-bench-data")).toAbsolutePath().getParent();
        Path zip = Path.of(System.getProperty("bench.import.zip", target.resolve("roster-vantaa.zip").toString()));
        var generator = new RosterZipGenerator(seed);
        long generating = System.nanoTime();
        generator.write(zip);
        System.out.printf(Locale.ROOT, "[import] generated %s: %,d rows, %.1f MB zipped, in %.1f s (seed %d)%n", zip,
                generator.rows(), Files.size(zip) / 1e6, (System.nanoTime() - generating) / 1e9, seed);
        System.out.printf(Locale.ROOT, "[import] heap limit %d MB (-Xmx), %d processors%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());

        try (var context = BenchContext.start(WebApplicationType.NONE)) {
            var registry = context.getBean(TenantRegistry.class);
            var migrations = context.getBean(TenantMigrations.class);
            var imports = context.getBean(RosterCsvImport.class);
            var connections = context.getBean(TenantConnections.class);
            TenantId tenant = BenchTenants.create(registry, migrations, "roster", 1, 1, t -> { }).getFirst();

            System.gc();
            RosterImportResult first = measured("first import", imports, tenant, zip, generator.rows());
            RosterImportResult again = measured("re-import (no-op)", imports, tenant, zip, generator.rows());

            String counts = counts(connections, tenant);
            System.out.println("[import] tables: " + counts);
            boolean ok = first.applied() && first.problemCount() == 0 && again.applied()
                    && again.totalChanges() == 0 && counts.equals(expectedCounts());
            if (!ok) {
                System.out.println("[import] CHECK FAILED: first " + first.state() + " " + first.problems()
                        + ", again " + again.state() + " writing " + again.changes() + "; expected tables "
                        + expectedCounts());
                return 2;
            }
            double seconds = first.elapsed().toMillis() / 1000.0;
            System.out.printf(Locale.ROOT, "[import] GOAL %s: first import %.1f s (goal <= %.0f s with a %d MB heap)%n",
                    seconds <= GOAL_SECONDS ? "MET" : "NOT MET", seconds, GOAL_SECONDS,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            return 0;
        }
    }

    private RosterImportResult measured(String what, RosterCsvImport imports, TenantId tenant, Path zip, long rows)
            throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        var memory = ManagementFactory.getMemoryMXBean();
        var peak = new AtomicLong();
        var sampling = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampling.setDaemon(true);
        sampling.start();
        var cpu = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
        long jvmCpu = cpu.getProcessCpuTime();
        java.util.Map<Integer, Long> databaseCpu = ServerCpu.ticks();
        long started = System.nanoTime();
        var phase = new long[] {started};
        var last = new ImportPhase[] {null};
        var step = new long[] {started};
        boolean steps = Boolean.getBoolean("bench.import.steps");
        RosterImportResult result;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(zip), 1 << 16)) {
            result = imports.importZip(tenant, zip.getFileName().toString(), in, "bench", (p, subject, done) -> {
                if (steps) { // -Dbench.import.steps=true: every progress event, with the time since the one before
                    long now = System.nanoTime();
                    System.out.printf(Locale.ROOT, "[import]     %-8s %-22s %,9d %6.2f s%n", p, subject, done,
                            (now - step[0]) / 1e9);
                    step[0] = now;
                }
                if (p != last[0]) {
                    long now = System.nanoTime();
                    if (last[0] != null) {
                        System.out.printf(Locale.ROOT, "[import]   %-9s %6.1f s%n", last[0], (now - phase[0]) / 1e9);
                    }
                    phase[0] = now;
                    last[0] = p;
                }
            });
        } finally {
            sampling.interrupt();
            sampling.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double jvmSeconds = (cpu.getProcessCpuTime() - jvmCpu) / 1e9;
        double serverSeconds = ServerCpu.secondsSince(databaseCpu);
        System.out.printf(Locale.ROOT, "[import] %s: CPU time %.1f s in the JVM, %.1f s in PostgreSQL's backends of the "
                + "bench's database (machine load average %.1f)%n", what, jvmSeconds, serverSeconds,
                cpu.getSystemLoadAverage());
        long poolPeaks = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "[import] %s: %s in %.1f s, %,.0f rows/s, rows written %,d, problems %d; "
                        + "heap used peak %d MB sampled, %d MB sum of pool peaks%n", what, result.state(), seconds,
                rows / seconds, result.totalChanges(), result.problemCount(), peak.get() / (1024 * 1024),
                poolPeaks / (1024 * 1024));
        if (!result.problems().isEmpty()) {
            result.problems().stream().limit(10).forEach(problem -> System.out.println("[import]   " + problem));
        }
        return result;
    }

    private static String expectedCounts() {
        return "persons " + (RosterZipGenerator.STUDENTS + RosterZipGenerator.GUARDIANS + RosterZipGenerator.STAFF)
                + ", identity codes " + RosterZipGenerator.STUDENTS + ", guardianships " + RosterZipGenerator.GUARDIANS
                + ", classes " + RosterZipGenerator.CLASSES + ", enrollments " + RosterZipGenerator.ENROLLMENTS
                + ", schools " + RosterZipGenerator.SCHOOLS;
    }

    private static String counts(TenantConnections connections, TenantId tenant) throws SQLException {
        return connections.withConnection(tenant, connection -> {
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(
                    "SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM person_identity_code), "
                            + "(SELECT count(*) FROM guardianship), (SELECT count(*) FROM class_group), "
                            + "(SELECT count(*) FROM enrollment), (SELECT count(*) FROM school)")) {
                rows.next();
                return "persons " + rows.getLong(1) + ", identity codes " + rows.getLong(2) + ", guardianships "
                        + rows.getLong(3) + ", classes " + rows.getLong(4) + ", enrollments " + rows.getLong(5)
                        + ", schools " + rows.getLong(6);
            }
        });
    }
}
