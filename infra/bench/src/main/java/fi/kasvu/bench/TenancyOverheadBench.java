package fi.kasvu.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.zaxxer.hikari.HikariDataSource;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolKind;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What serving many tenants costs over serving one: the platform as a web application with {@code bench.tenants}
 * (300) active municipalities of two schools each, and a bounded load generator on loopback sending
 * {@code GET /api/schools} with the host {@code <slug>.kasvu.test:<port>} either all to one tenant ("single") or
 * round-robin over all of them ("spread"). After a JVM warm-up of both modes (not counted), each phase has a
 * warm-up and then a measured window; the phases alternate (round 1 single then spread, round 2 spread then single,
 * ...) so neither mode always runs on a warmer JVM. Every response must be 200 with exactly that tenant's two
 * schools. The Hikari pool is sampled about every millisecond and pg_stat_activity (on the bench's own connection,
 * left out of the count) every 20 ms. The platform runs with its own settings; {@code -Dkasvu.tenancy.cache-ttl=1h}
 * on the command line, for example, keeps registry entries cached for the whole run (see docs/benchmarks.md).
 *
 * <p>Goals: spread throughput >= 0.9 x single-tenant throughput; connections in use never above the pool size.
 */
public final class TenancyOverheadBench {

    static final double GOAL_RATIO = 0.9;

    private final int tenantCount = Integer.getInteger("bench.tenants", 300);
    private final int threads = Integer.getInteger("bench.threads", 16);
    private final int warmupSeconds = Integer.getInteger("bench.warmup-seconds", 5);
    private final int measureSeconds = Integer.getInteger("bench.measure-seconds", 20);
    private final int rounds = Integer.getInteger("bench.rounds", 2);
    private final int jvmWarmupSeconds = Integer.getInteger("bench.jvm-warmup-seconds", 10);
    /** For profiling one mode on its own: -Dbench.only=single or spread; the goal is then not judged. */
    private final Mode only = System.getProperty("bench.only") == null ? null
            : Mode.valueOf(System.getProperty("bench.only").toUpperCase(java.util.Locale.ROOT));
    private final int maxRequests = Integer.getInteger("bench.max-requests", 1_000_000);
    /** One by default: concurrent TenantMigrations in one JVM leave Liquibase changelog locks set. */
    private final int setupThreads = Integer.getInteger("bench.setup-threads", 1);

    private HttpClient http;
    private HttpRequest[] requests;
    private String[][] expectedNames;
    private HikariDataSource pool;
    private String databaseName;
    /** The bench's own two connections, opened once, so no connection of its own appears during a phase. */
    private Connection countersConnection;
    private Connection samplerConnection;

    public static void main(String[] args) {
        // the load generator sets the Host header itself; the JDK client allows that only when told before first use
        if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        }
        int exit;
        try {
            exit = new TenancyOverheadBench().run();
        } catch (Throwable e) {
            System.out.println("[tenancy] ERROR " + e);
            e.printStackTrace(System.out);
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);
    }

    int run() throws Exception {
        say("Tenancy overhead benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        say(String.format("tenants %d, client threads %d, warm-up %d s + measured %d s per phase, %d rounds, "
                        + "at most %d requests per phase, pool size %d", tenantCount, threads, warmupSeconds,
                measureSeconds, rounds, maxRequests, BenchContext.poolSize()));
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = BenchContext.start(WebApplicationType.SERVLET)) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            say(String.format("platform started in %.1f s on 127.0.0.1:%d, database %s, registry cache TTL %s, Hikari "
                            + "connection timeout %s ms", seconds(started), port, BenchContext.jdbcUrl(),
                    context.getEnvironment().getProperty("kasvu.tenancy.cache-ttl", "5s (default)"),
                    BenchContext.pool(context).getConnectionTimeout()));
            pool = BenchContext.pool(context);
            countersConnection = ownConnection();
            samplerConnection = ownConnection();
            databaseName = BenchContext.jdbcUrl().replaceFirst(".*/([^/?]+)(\\?.*)?$", "$1");

            var registry = context.getBean(TenantRegistry.class);
            var migrations = context.getBean(TenantMigrations.class);
            var schools = context.getBean(SchoolDirectory.class);
            var tenantContext = context.getBean(TenantContext.class);
            long setup = System.nanoTime();
            List<TenantId> tenants = BenchTenants.create(registry, migrations, "city", tenantCount, setupThreads,
                    tenantId -> tenantContext.runAs(tenantId, () -> {
                        schools.addSchool(schoolNames(tenantId)[0], SchoolKind.BASIC);
                        schools.addSchool(schoolNames(tenantId)[1], SchoolKind.UPPER_SECONDARY);
                    }));
            say(String.format("set-up (not measured): %d tenants with 2 schools each in %.1f s", tenants.size(),
                    seconds(setup)));

            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            requests = new HttpRequest[tenants.size()];
            expectedNames = new String[tenants.size()][];
            for (int i = 0; i < tenants.size(); i++) {
                TenantId tenantId = tenants.get(i);
                requests[i] = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/schools"))
                        .header("Host", tenantId.slug() + "." + BenchContext.BASE_DOMAIN + ":" + port)
                        .timeout(Duration.ofSeconds(30)).GET().build();
                expectedNames[i] = schoolNames(tenantId);
            }
            int wrongBeforehand = 0;
            for (int i = 0; i < requests.length; i++) {
                var response = http.send(requests[i], HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !rightTenant(response.body(), i)) {
                    wrongBeforehand++;
                    if (wrongBeforehand <= 3) {
                        say("  pre-check " + tenants.get(i) + ": " + response.statusCode() + " " + response.body());
                    }
                }
            }
            say("pre-check: each of the " + requests.length + " tenants answered once, " + wrongBeforehand
                    + " wrong answers");

            // a JVM warm-up of both modes, not counted, so that round 1's first phase does not pay for the JIT
            List<Mode> modes = only == null ? List.of(Mode.SINGLE, Mode.SPREAD) : List.of(only);
            say("JVM warm-up (not counted): " + jvmWarmupSeconds + " s of " + modes);
            for (Mode mode : modes.reversed()) {
                phase(0, mode, 0, jvmWarmupSeconds);
            }
            List<Phase> results = new ArrayList<>();
            rounds:
            for (int round = 1; round <= rounds; round++) {
                for (Mode mode : round % 2 == 1 ? modes : modes.reversed()) {
                    Phase phase = phase(round, mode, warmupSeconds, measureSeconds);
                    results.add(phase);
                    if (phase.requests() == 0 && phase.errors() > 0) {
                        say("the platform stopped answering (no request completed in the measured window); the "
                                + "remaining phases are skipped");
                        break rounds;
                    }
                }
            }
            countersConnection.close();
            samplerConnection.close();
            return summary(results, wrongBeforehand);
        }
    }

    enum Mode { SINGLE, SPREAD }

    record Phase(int round, Mode mode, long requests, double seconds, double perSecond, double p50ms, double p90ms,
                 double p99ms, double maxMs, long non200, long wrongData, long errors, int maxActive, double meanActive,
                 int maxTotal, int maxWaiting, int poolSize, int maxPgConnections, int maxPgActive, String cpu,
                 String database) {
    }

    private Phase phase(int round, Mode mode, int warmupSeconds, int measureSeconds) throws Exception {
        if (round > 0) {
            say("round " + round + " " + mode + ": " + CpuMeter.awaitQuiet());
        }
        long warmupNanos = warmupSeconds * 1_000_000_000L;
        long measureNanos = measureSeconds * 1_000_000_000L;
        long begin = System.nanoTime();
        long measureFrom = begin + warmupNanos;
        long end = measureFrom + measureNanos;
        var issued = new AtomicLong();
        var roundRobin = new AtomicInteger();
        var non200 = new AtomicLong();
        var wrong = new AtomicLong();
        var errors = new AtomicLong();
        int perThread = Math.max(1, maxRequests / threads);
        long[][] latencies = new long[threads][perThread];
        int[] recorded = new int[threads];

        var sampling = new AtomicBoolean(true);
        var poolSampler = new PoolSampler(measureFrom, end);
        var pgSampler = new PgSampler(measureFrom, end);
        Thread poolThread = Thread.ofPlatform().daemon().name("bench-pool-sampler")
                .start(() -> poolSampler.run(sampling));
        Thread pgThread = Thread.ofPlatform().daemon().name("bench-pg-sampler").start(() -> pgSampler.run(sampling));

        Thread[] clients = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int me = t;
            clients[t] = Thread.ofPlatform().name("bench-client-" + t).start(() -> {
                while (true) {
                    long now = System.nanoTime();
                    if (now >= end || issued.incrementAndGet() > maxRequests || recorded[me] >= perThread) {
                        return;
                    }
                    int tenant = mode == Mode.SINGLE ? 0 : Math.floorMod(roundRobin.getAndIncrement(), requests.length);
                    long sent = System.nanoTime();
                    try {
                        var response = http.send(requests[tenant], HttpResponse.BodyHandlers.ofString());
                        long done = System.nanoTime();
                        if (response.statusCode() != 200) {
                            if (non200.incrementAndGet() <= 3) {
                                say("  " + mode + " non-200: " + response.statusCode() + " " + response.body());
                            }
                        } else if (!rightTenant(response.body(), tenant)) {
                            if (wrong.incrementAndGet() <= 3) {
                                say("  " + mode + " WRONG DATA for tenant #" + tenant + ": " + response.body());
                            }
                        }
                        if (sent >= measureFrom && done <= end) {
                            latencies[me][recorded[me]++] = done - sent;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            say("  " + mode + " request failed: " + e);
                        }
                    }
                }
            });
        }
        // CPU and database counters over the measured window only
        LockSupport.parkNanos(Math.max(0, measureFrom - System.nanoTime()));
        CpuMeter.Snapshot cpuFrom = CpuMeter.now();
        long[] before = databaseCounters();
        try (var ignored = round == 0 ? Profiler.none() : Profiler.start("tenancy-" + mode + "-round" + round)) {
            for (Thread client : clients) {
                client.join();
            }
        }
        var cpu = CpuMeter.describe(cpuFrom, CpuMeter.now(), round > 0);
        long[] after = databaseCounters();
        sampling.set(false);
        poolThread.join();
        pgThread.join();

        long[] all = Latencies.merged(latencies, recorded);
        int total = all.length;
        double window = Math.min(System.nanoTime(), end) - measureFrom;
        double seconds = window / 1e9;
        double perRequest = total == 0 ? 0 : 1.0 / total;
        String database = String.format("database per request (approximate, statistics flush late): %.2f "
                        + "transactions, %.1f tuples returned, %.1f blocks hit", (after[0] - before[0]) * perRequest,
                (after[1] - before[1]) * perRequest,
                (after[2] - before[2]) * perRequest);
        var phase = new Phase(round, mode, total, seconds, total / seconds, Latencies.ms(all, 0.50),
                Latencies.ms(all, 0.90), Latencies.ms(all, 0.99), Latencies.maxMs(all), non200.get(), wrong.get(), errors.get(),
                poolSampler.maxActive, poolSampler.meanActive(), poolSampler.maxTotal, poolSampler.maxWaiting,
                pool.getMaximumPoolSize(), pgSampler.maxConnections, pgSampler.maxActive, cpu, database);
        String label = (round == 0 ? "warm-up" : "round " + round) + " ["
                + java.time.LocalTime.now().minusNanos(System.nanoTime() - measureFrom).truncatedTo(ChronoUnit.SECONDS)
                + "+" + measureSeconds + "s]";
        say(String.format("%s %-6s %7d requests in %.1f s = %7.1f req/s; latency p50 %.2f ms, p90 %.2f ms, "
                        + "p99 %.2f ms, max %.1f ms; non-200 %d, wrong tenant data %d, failed %d",
                label, mode, phase.requests(), phase.seconds(), phase.perSecond(), phase.p50ms(), phase.p90ms(),
                phase.p99ms(), phase.maxMs(), phase.non200(), phase.wrongData(), phase.errors()));
        say(String.format("    pool (%d samples): in use max %d (mean %.1f), open max %d, threads waiting max %d, "
                        + "pool size %d; pg_stat_activity (%d samples): connections max %d, active max %d",
                poolSampler.samples, phase.maxActive(), phase.meanActive(), phase.maxTotal(), phase.maxWaiting(),
                phase.poolSize(), pgSampler.samples, phase.maxPgConnections(), phase.maxPgActive()));
        say("    " + cpu);
        say("    " + database);
        return phase;
    }

    private int summary(List<Phase> phases, int wrongBeforehand) {
        say("");
        say("SUMMARY (" + tenantCount + " tenants, " + threads + " client threads, GET /api/schools)");
        double singleRate = rate(phases, Mode.SINGLE);
        double spreadRate = rate(phases, Mode.SPREAD);
        for (Mode mode : Mode.values()) {
            var mine = phases.stream().filter(p -> p.mode() == mode).toList();
            if (mine.isEmpty()) {
                say(String.format("  %-6s not measured", mode));
                continue;
            }
            say(String.format("  %-6s %8.1f req/s over %d round(s) (%s); p50 %s ms; p99 %s ms", mode,
                    rate(phases, mode), mine.size(),
                    String.join(", ", mine.stream().map(p -> String.format("%.1f", p.perSecond())).toList()),
                    String.join(", ", mine.stream().map(p -> String.format("%.2f", p.p50ms())).toList()),
                    String.join(", ", mine.stream().map(p -> String.format("%.2f", p.p99ms())).toList())));
        }
        double ratio = spreadRate / singleRate;
        boolean stalled = phases.stream().anyMatch(p -> p.requests() == 0);
        if (only == null && stalled) {
            say("GOAL MISSED: no throughput to compare, the platform stopped answering (see FAILED below)");
        } else if (only == null) {
            for (int round = 1; round <= rounds; round++) {
                int r = round;
                double single = phases.stream().filter(p -> p.round() == r && p.mode() == Mode.SINGLE)
                        .mapToDouble(Phase::perSecond).sum();
                double spread = phases.stream().filter(p -> p.round() == r && p.mode() == Mode.SPREAD)
                        .mapToDouble(Phase::perSecond).sum();
                say(String.format("  round %d: spread/single = %.3f", round, spread / single));
            }
            say(String.format("GOAL %s: spread throughput %.1f req/s = %.3f x single-tenant %.1f req/s (goal >= %.2f)",
                    ratio >= GOAL_RATIO ? "MET" : "MISSED", spreadRate, ratio, singleRate, GOAL_RATIO));
        } else {
            say("GOAL not judged: only " + only + " was run (bench.only)");
        }
        int poolSize = pool.getMaximumPoolSize();
        int maxActive = phases.stream().mapToInt(Phase::maxActive).max().orElse(0);
        int maxOpen = phases.stream().mapToInt(Phase::maxTotal).max().orElse(0);
        int maxPg = phases.stream().mapToInt(Phase::maxPgConnections).max().orElse(0);
        boolean connectionsMet = maxActive <= poolSize && maxOpen <= poolSize && maxPg <= poolSize;
        say(String.format("GOAL %s: connections in use max %d, open max %d, pg_stat_activity max %d; pool size %d",
                connectionsMet ? "MET" : "MISSED", maxActive, maxOpen, maxPg, poolSize));
        if (CpuMeter.disturbedRuns() > 0) {
            say("NOTE: " + CpuMeter.disturbedRuns() + " measured run(s) were disturbed by other processes (see 'other' "
                    + "in the CPU lines); rerun on a quiet machine for clean figures");
        }
        long bad = wrongBeforehand + phases.stream().mapToLong(p -> p.non200() + p.wrongData() + p.errors()).sum();
        if (bad > 0) {
            say("FAILED: " + bad + " requests were not answered 200 with the right tenant's data"
                    + (phases.stream().anyMatch(p -> p.errors() > 0 && p.maxWaiting() > 0
                    && p.maxActive() == p.poolSize())
                    ? " (requests timed out while the pool was exhausted: look for 'Connection is not available' above)"
                    : ""));
            return 2;
        }
        say("all requests answered 200 with the right tenant's data");
        return 0;
    }

    private static double rate(List<Phase> phases, Mode mode) {
        long requests = phases.stream().filter(p -> p.mode() == mode).mapToLong(Phase::requests).sum();
        double seconds = phases.stream().filter(p -> p.mode() == mode).mapToDouble(Phase::seconds).sum();
        return requests / seconds;
    }

    /** The body is that tenant's list: both its schools and nothing else. */
    private boolean rightTenant(String body, int tenant) {
        for (String name : expectedNames[tenant]) {
            if (!body.contains("\"name\":\"" + name + "\"")) {
                return false;
            }
        }
        int ids = 0;
        for (int at = body.indexOf("\"id\":"); at >= 0; at = body.indexOf("\"id\":", at + 1)) {
            ids++;
        }
        return ids == expectedNames[tenant].length;
    }

    private static String[] schoolNames(TenantId tenantId) {
        return new String[] {"Koulu " + tenantId.slug(), "Lukio " + tenantId.slug()};
    }

    /** xact_commit + xact_rollback, tup_returned, blks_hit of the bench database. */
    private long[] databaseCounters() {
        try (var statement = countersConnection.prepareStatement("""
                     SELECT xact_commit + xact_rollback, tup_returned, blks_hit FROM pg_stat_database
                     WHERE datname = current_database()""")) {
            // the statistics may lag: ask for a fresh snapshot
            countersConnection.createStatement().execute("SELECT pg_stat_clear_snapshot()");
            try (var rs = statement.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        } catch (Exception e) {
            return new long[] {0, 0, 0};
        }
    }

    /** The bench's own connections, outside the pool, named so that pg_stat_activity sampling leaves them out. */
    private static Connection ownConnection() throws java.sql.SQLException {
        var properties = new java.util.Properties();
        properties.setProperty("user", BenchContext.user());
        properties.setProperty("ApplicationName", "kasvu-bench");
        return DriverManager.getConnection(BenchContext.jdbcUrl(), properties);
    }

    /** Hikari's own counters, read about every millisecond during the measured window. */
    private final class PoolSampler {
        final long from;
        final long to;
        int maxActive;
        int maxTotal;
        int maxWaiting;
        long activeSum;
        long samples;

        PoolSampler(long from, long to) {
            this.from = from;
            this.to = to;
        }

        void run(AtomicBoolean sampling) {
            var bean = pool.getHikariPoolMXBean();
            while (sampling.get()) {
                long now = System.nanoTime();
                if (now >= from && now <= to) {
                    int active = bean.getActiveConnections();
                    maxActive = Math.max(maxActive, active);
                    maxTotal = Math.max(maxTotal, bean.getTotalConnections());
                    maxWaiting = Math.max(maxWaiting, bean.getThreadsAwaitingConnection());
                    activeSum += active;
                    samples++;
                }
                LockSupport.parkNanos(1_000_000);
            }
        }

        double meanActive() {
            return samples == 0 ? 0 : (double) activeSum / samples;
        }
    }

    /** The server's view: backends connected to the bench database, on a connection of the sampler's own. */
    private final class PgSampler {
        final long from;
        final long to;
        int maxConnections;
        int maxActive;
        long samples;

        PgSampler(long from, long to) {
            this.from = from;
            this.to = to;
        }

        void run(AtomicBoolean sampling) {
            try (var statement = samplerConnection.prepareStatement("""
                         SELECT count(*), count(*) FILTER (WHERE state = 'active') FROM pg_stat_activity
                         WHERE datname = ? AND application_name <> 'kasvu-bench'
                           AND backend_type = 'client backend'""")) {
                statement.setString(1, databaseName);
                while (sampling.get()) {
                    long now = System.nanoTime();
                    if (now >= from && now <= to) {
                        try (var rs = statement.executeQuery()) {
                            rs.next();
                            maxConnections = Math.max(maxConnections, rs.getInt(1));
                            maxActive = Math.max(maxActive, rs.getInt(2));
                            samples++;
                        }
                    }
                    LockSupport.parkNanos(20_000_000);
                }
            } catch (Exception e) {
                say("  pg_stat_activity sampling failed: " + e);
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void say(String line) {
        System.out.println(line.isEmpty() ? "" : "[tenancy] " + line);
    }
}
