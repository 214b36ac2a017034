package fi.kasvu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.database.QuietLiquibase;
import fi.kasvu.platform.migration.FleetUpgrade;
import fi.kasvu.platform.migration.FleetUpgradeReport;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.platform.tenancy.TenantStatus;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long one new tenant changeset takes to reach a fleet of schemas: the Apache Fineract way (a sequential loop,
 * a fresh connection and a fresh Liquibase per schema) versus Kasvu's {@link FleetUpgrade} job.
 *
 * <p>Set-up (not measured): one platform context on a fresh database and a fresh set of {@code bench.tenants} (300)
 * tenants for every measured run, all created up front so that every run sees the same catalogue size. The runs:
 * {@code bench.rounds} (2) rounds of the sequential loop and the fleet job at parallelism 4, in alternating order,
 * and in round 1 also the other parallelisms of {@code bench.fleet.parallelism} ("4,2,8").
 * {@link FleetUpgrade#plan} takes every ACTIVE or SUSPENDED tenant, so before each fleet run every set but the one
 * measured is parked in status DELETED through {@link TenantRegistry#changeStatus}; the plan then holds exactly the
 * measured set, which the bench checks.
 *
 * <p>After each run: every schema of the set has the new changeset recorded and the new column, no other schema has
 * it, and no schema was left with Liquibase's changelog lock set.
 *
 * <p>Goal (parallelism 4): the fleet job takes at most 30 s and is at least 4x faster than the sequential loop.
 */
public final class FleetMigrationBench {

    static final String NEXT_CHANGELOG = "bench/tenant-next.xml";
    static final String NEW_CHANGESET = "bench-002-school-website";
    static final double GOAL_SECONDS = 30.0;
    static final double GOAL_SPEED_UP = 4.0;
    static final int GOAL_PARALLELISM = 4;

    private final int tenantsPerSet = Integer.getInteger("bench.tenants", 300);
    /**
     * One by default: TenantMigrations run concurrently in one JVM leave Liquibase changelog locks set (see
     * docs/benchmarks.md), which would poison the sets before anything is measured.
     */
    private final int setupThreads = Integer.getInteger("bench.setup-threads", 1);
    private final int rounds = Integer.getInteger("bench.rounds", 2);
    private final int[] parallelisms = Arrays.stream(System.getProperty("bench.fleet.parallelism", "4,2,8").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();

    private TenantRegistry registry;
    private JdbcClient jdbc;
    private int failures;
    private int columnsExpected;

    public static void main(String[] args) {
        int exit;
        try {
            exit = new FleetMigrationBench().run();
        } catch (Throwable e) {
            System.out.println("[fleet] ERROR " + e);
            e.printStackTrace(System.out);
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);
    }

    int run() throws Exception {
        say("Fleet migration benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        say("tenants per run " + tenantsPerSet + ", rounds " + rounds + ", fleet parallelism "
                + Arrays.toString(parallelisms) + ", pool size " + BenchContext.poolSize() + ", changelog "
                + NEXT_CHANGELOG + " (+1 changeset " + NEW_CHANGESET + ")");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = BenchContext.start(WebApplicationType.NONE)) {
            say(String.format("platform started in %.1f s on %s", seconds(started), BenchContext.jdbcUrl()));
            registry = context.getBean(TenantRegistry.class);
            jdbc = context.getBean(JdbcClient.class);
            var migrations = context.getBean(TenantMigrations.class);
            var fleet = context.getBean(FleetUpgrade.class);

            // the runs: round 1 the sequential loop, the goal's parallelism and the others; each later round the
            // goal's parallelism first and the sequential loop second, so neither side always has the warmer JVM
            boolean goalRuns = Arrays.stream(parallelisms).anyMatch(p -> p == GOAL_PARALLELISM);
            List<Step> steps = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                var sequentialStep = new Step(0, round);
                var goalStep = new Step(GOAL_PARALLELISM, round);
                steps.addAll(!goalRuns ? List.of(sequentialStep)
                        : round % 2 == 1 ? List.of(sequentialStep, goalStep) : List.of(goalStep, sequentialStep));
                if (round == 1) {
                    for (int p : parallelisms) {
                        if (p != GOAL_PARALLELISM) {
                            steps.add(new Step(p, round));
                        }
                    }
                }
            }

            // set-up: every set up front, the same catalogue for every run
            Map<Step, List<TenantId>> sets = new LinkedHashMap<>();
            long setup = System.nanoTime();
            for (Step step : steps) {
                sets.put(step, BenchTenants.create(registry, migrations, step.prefix(), tenantsPerSet, setupThreads,
                        t -> {
                        }));
            }
            say(String.format("set-up (not measured): %d tenants registered, migrated to db/changelog/tenant.xml and "
                    + "activated in %.1f s (%d thread(s))", sets.size() * tenantsPerSet, seconds(setup), setupThreads));
            List<Tenant> everyone = new ArrayList<>();
            sets.values().forEach(ids -> everyone.addAll(tenants(ids)));
            staleLocks("set-up", everyone);

            Map<Step, Double> seconds = new LinkedHashMap<>();
            for (Step step : steps) {
                List<Tenant> set = tenants(sets.get(step));
                say(step + ": " + CpuMeter.awaitQuiet());
                if (step.parallelism() == 0) {
                    try (var ignored = Profiler.start("fleet-" + step.prefix())) {
                        seconds.put(step, sequential(step, set));
                    }
                } else {
                    // the plan takes every ACTIVE or SUSPENDED tenant: park every other set
                    park(sets, step);
                    try (var ignored = Profiler.start("fleet-" + step.prefix())) {
                        seconds.put(step, fleet(fleet, step, set));
                    }
                }
                verify(step.toString(), set);
                staleLocks(step.toString(), set);
            }

            say("");
            say("SUMMARY (" + tenantsPerSet + " schemas per run, one new changeset; " + rounds + " round(s))");
            seconds.forEach((step, s) -> say(String.format("  round %d  %-34s %6.2f s", step.round(),
                    step.parallelism() == 0 ? "sequential loop (Fineract way)"
                            : "FleetUpgrade parallelism " + step.parallelism(), s)));
            double sequentialTotal = total(seconds, 0);
            double sequentialMean = sequentialTotal / rounds;
            for (int p : parallelisms) {
                long runs = seconds.keySet().stream().filter(st -> st.parallelism() == p).count();
                double fleetMean = total(seconds, p) / runs;
                say(String.format("  parallelism %d: mean %.2f s, %.2fx faster than the sequential loop's mean %.2f s",
                        p, fleetMean, sequentialMean / fleetMean, sequentialMean));
            }
            double goalTotal = total(seconds, GOAL_PARALLELISM);
            if (goalTotal > 0) {
                double goalMean = goalTotal / rounds;
                double worst = seconds.entrySet().stream().filter(e -> e.getKey().parallelism() == GOAL_PARALLELISM)
                        .mapToDouble(Map.Entry::getValue).max().orElse(0);
                double ratio = sequentialTotal / goalTotal;
                boolean met = worst <= GOAL_SECONDS && ratio >= GOAL_SPEED_UP;
                say(String.format("GOAL %s: FleetUpgrade (parallelism %d) %.1f s at worst (goal <= %.0f s: %s), "
                                + "%.2fx faster than the sequential loop over %d round(s) (goal >= %.1fx: %s)",
                        met ? "MET" : "MISSED",
                        GOAL_PARALLELISM, worst, GOAL_SECONDS, worst <= GOAL_SECONDS ? "yes" : "no", ratio, rounds,
                        GOAL_SPEED_UP, ratio >= GOAL_SPEED_UP ? "yes" : "no"));
            } else {
                say("GOAL not judged: parallelism " + GOAL_PARALLELISM + " was not run");
            }
            if (CpuMeter.disturbedRuns() > 0) {
                say("NOTE: " + CpuMeter.disturbedRuns() + " measured run(s) were disturbed by other processes (see "
                        + "'other' in the CPU lines); rerun on a quiet machine for clean figures");
            }
            if (failures > 0) {
                say("FAILED: " + failures + " check(s) failed, see above");
                return 2;
            }
            say("all checks passed");
            return 0;
        }
    }

    /** One measured run: parallelism 0 is the sequential loop; each run has a fresh set of tenants. */
    record Step(int parallelism, int round) {
        String prefix() {
            return (parallelism == 0 ? "seq" : "p" + parallelism) + "r" + round;
        }

        @Override
        public String toString() {
            return (parallelism == 0 ? "sequential" : "fleet p=" + parallelism) + " round " + round;
        }
    }

    private static double total(Map<Step, Double> seconds, int parallelism) {
        return seconds.entrySet().stream().filter(e -> e.getKey().parallelism() == parallelism)
                .mapToDouble(Map.Entry::getValue).sum();
    }

    /** The Apache Fineract way: for each schema in turn, a fresh connection and a fresh Liquibase. */
    private double sequential(Step step, List<Tenant> set) {
        String url = BenchContext.jdbcUrl();
        String user = BenchContext.user();
        long connectNanos = 0;
        long updateNanos = 0;
        int failed = 0;
        var cpu = CpuMeter.now();
        long started = System.nanoTime();
        for (Tenant tenant : set) {
            long a = System.nanoTime();
            try {
                Connection connection = DriverManager.getConnection(url, user, "");
                long b = System.nanoTime();
                connectNanos += b - a;
                try (Statement statement = connection.createStatement()) {
                    // raw SQL in the changelog must land in the tenant's schema
                    statement.execute("SET search_path TO \"" + tenant.schema() + "\"");
                }
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(tenant.schema());
                database.setLiquibaseSchemaName(tenant.schema());
                var liquibase = new Liquibase(NEXT_CHANGELOG, new ClassLoaderResourceAccessor(), database);
                try {
                    // the same console-to-log redirection Kasvu uses, so neither side pays for printing summaries
                    QuietLiquibase.update(liquibase);
                } finally {
                    liquibase.close(); // closes the connection
                }
                updateNanos += System.nanoTime() - b;
            } catch (Exception e) {
                failed++;
                if (failed <= 5) {
                    say("  sequential: " + tenant.slug() + " failed: " + e.getMessage());
                }
            }
        }
        double seconds = seconds(started);
        int n = set.size();
        say(String.format("(a) %s: sequential loop, Fineract way, %d schemas: %.1f s = %.1f ms per schema (connect "
                        + "%.1f ms, SET search_path + Liquibase parse/lock/update/close %.1f ms); %d failed",
                step, n, seconds, seconds * 1000 / n, connectNanos / 1e6 / n, updateNanos / 1e6 / n, failed));
        say("    " + CpuMeter.describe(cpu, CpuMeter.now()));
        if (failed > 0) {
            failures++;
        }
        return seconds;
    }

    /** Kasvu's way: plan + run of the fleet job, timed together. */
    private double fleet(FleetUpgrade fleet, Step step, List<Tenant> set) {
        int parallelism = step.parallelism();
        var cpu = CpuMeter.now();
        long started = System.nanoTime();
        UUID id = fleet.plan(NEXT_CHANGELOG, parallelism);
        double planned = seconds(started);
        FleetUpgradeReport report = fleet.run(id);
        double seconds = seconds(started);
        var cpuLine = CpuMeter.describe(cpu, CpuMeter.now());
        say(String.format("(b) %s: FleetUpgrade parallelism %d, %d schemas: %.1f s (plan %.2f s, run %.1f s) = %.1f ms "
                        + "per schema; job %s, %d SUCCEEDED, %d FAILED, target %s",
                step, parallelism, set.size(), seconds, planned, seconds - planned, seconds * 1000 / set.size(),
                report.status(), report.count("SUCCEEDED"), report.count("FAILED"), report.target()));
        jdbc.sql("""
                SELECT avg(extract(epoch FROM finished_at - started_at)) * 1000,
                       percentile_cont(0.99) WITHIN GROUP
                           (ORDER BY extract(epoch FROM finished_at - started_at)) * 1000,
                       sum(extract(epoch FROM finished_at - started_at))
                           / nullif(extract(epoch FROM max(finished_at) - min(started_at)), 0)
                FROM platform.fleet_upgrade_tenant WHERE upgrade_id = ?""")
                .param(id)
                .query((rs, row) -> String.format("    per tenant (claim to done): avg %.0f ms, p99 %.0f ms; "
                        + "tenants in flight on average %.2f", rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)))
                .optional().ifPresent(FleetMigrationBench::say);
        say("    " + cpuLine);
        var planned_slugs = report.tenants().stream().map(t -> t.tenantId().slug()).sorted().toList();
        var expected = set.stream().map(Tenant::slug).sorted().toList();
        if (!planned_slugs.equals(expected)) {
            failures++;
            say("  CHECK FAILED: the job planned " + planned_slugs.size() + " tenants, not exactly the measured set of "
                    + expected.size());
        }
        if (report.count("SUCCEEDED") != set.size() || !"SUCCEEDED".equals(report.status())) {
            failures++;
            report.failed().stream().limit(5).forEach(t -> say("  " + t.tenantId() + " FAILED: " + t.error()));
        }
        return seconds;
    }

    /** Every set but {@code live} DELETED, {@code live} ACTIVE, so the fleet plan holds exactly {@code live}. */
    private void park(Map<Step, List<TenantId>> sets, Step live) {
        sets.forEach((step, tenants) -> {
            TenantStatus wanted = step.equals(live) ? TenantStatus.ACTIVE : TenantStatus.DELETED;
            for (TenantId tenantId : tenants) {
                if (registry.get(tenantId).status() != wanted) {
                    registry.changeStatus(tenantId, wanted);
                }
            }
        });
    }

    /** Each schema of the set has the new changeset recorded and the new column; no other schema has changed. */
    private void verify(String run, List<Tenant> set) {
        int missing = 0;
        for (Tenant tenant : set) {
            String schema = tenant.schema();
            int recorded = jdbc.sql("SELECT count(*) FROM \"" + schema + "\".databasechangelog WHERE id = ?")
                    .param(NEW_CHANGESET).query(Integer.class).single();
            int column = jdbc.sql("""
                    SELECT count(*) FROM information_schema.columns
                    WHERE table_schema = ? AND table_name = 'school' AND column_name = 'website'""")
                    .param(schema).query(Integer.class).single();
            if (recorded != 1 || column != 1) {
                missing++;
                if (missing <= 5) {
                    say("  CHECK FAILED: " + schema + " changeset rows " + recorded + ", column website " + column);
                }
            }
        }
        columnsExpected += set.size();
        int everywhere = jdbc.sql("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema LIKE 't\\_%' AND table_name = 'school' AND column_name = 'website'""")
                .query(Integer.class).single();
        boolean ok = missing == 0 && everywhere == columnsExpected;
        say(String.format("    verify %s: %d/%d schemas have changeset %s and column school.website; %d schemas in the "
                        + "database have the column (expected %d): %s", run, set.size() - missing, set.size(),
                NEW_CHANGESET, everywhere, columnsExpected, ok ? "OK" : "FAILED"));
        if (!ok) {
            failures++;
        }
    }

    /**
     * Liquibase changelog locks left set after the run: a schema so marked makes its next migration wait
     * changeLogLockWaitTime (5 min) and then fail with "Could not acquire change log lock".
     */
    private void staleLocks(String run, List<Tenant> set) {
        List<String> locked = new ArrayList<>();
        for (Tenant tenant : set) {
            String table = "\"" + tenant.schema() + "\".databasechangeloglock";
            boolean exists = jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(table).query(Boolean.class).single();
            boolean held = exists && jdbc.sql("SELECT locked FROM " + table + " WHERE id = 1")
                    .query(Boolean.class).optional().orElse(false);
            if (held) {
                locked.add(tenant.slug());
            }
        }
        if (locked.isEmpty()) {
            say("    changelog locks after " + run + ": none left set in " + set.size() + " schemas: OK");
        } else {
            failures++;
            say("    CHECK FAILED: changelog locks after " + run + ": " + locked.size() + " of " + set.size()
                    + " schemas left with databasechangeloglock.locked = true " + locked.stream().limit(10).toList()
                    + (locked.size() > 10 ? " ..." : "") + "; their next migration would wait 5 min and fail");
        }
    }

    private List<Tenant> tenants(List<TenantId> ids) {
        List<Tenant> tenants = new ArrayList<>();
        for (TenantId id : ids) {
            tenants.add(registry.get(id));
        }
        return tenants;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void say(String line) {
        System.out.println(line.isEmpty() ? "" : "[fleet] " + line);
    }
}
