package fi.kasvu.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.search.ManagedElasticsearch;
import fi.kasvu.search.ReindexProgress;
import fi.kasvu.search.Reindexing;
import fi.kasvu.search.Search;
import fi.kasvu.search.SearchIndexing;
import fi.kasvu.search.SearchQuery;
import fi.kasvu.search.Viewer;
import fi.kasvu.search.Viewers;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Search at scale, on each engine (embedded Lucene, then a real Elasticsearch): {@code bench.search.tenants} (10)
 * municipalities of {@code bench.search.people} (100,000) people each, made in SQL (the outbox triggers fire as on an
 * import) and indexed through the outbox by the indexer (two tenants at a time): the indexing rate. Then
 * {@code bench.search.queries} (2,000) queries, one at a time, over random tenants, as a city admin, a teacher, a
 * principal or a guardian (rights computed once per viewer, as the engine's latency is what is measured): p50/p95/p99.
 * Then a full reindex of the first tenant while one thread keeps searching it: the reindex's rate and the searches'
 * latency meanwhile. Before all that, the cost of the outbox triggers on a 400,000-row INSERT ... SELECT.
 *
 * <p>Goals: p95 query latency <= 30 ms on Lucene and <= 50 ms on Elasticsearch; indexing >= 5,000 documents/s; every
 * search during the reindex answers.
 */
public final class SearchBench {

    static final double GOAL_LUCENE_P95_MS = 30;
    static final double GOAL_ELASTICSEARCH_P95_MS = 50;
    static final double GOAL_INDEXING_PER_SECOND = 5000;

    private final int tenants = Integer.getInteger("bench.search.tenants", 10);
    private final int people = Integer.getInteger("bench.search.people", 100_000);
    private final int queries = Integer.getInteger("bench.search.queries", 2000);
    private final int triggerRows = Integer.getInteger("bench.search.trigger-rows", 400_000);
    private final String engines = System.getProperty("bench.search.engines", "lucene,elasticsearch");
    private final Random random = new Random(7);
    private boolean goalsMet = true;

    public static void main(String[] args) {
        System.exit(new SearchBench().run());
    }

    int run() {
        say("SearchBench: %d tenants x %d people per engine; %d queries; engines %s".formatted(tenants, people, queries,
                engines));
        if (engines.contains("lucene")) {
            bench("lucene", Map.of("kasvu.search.lucene.directory", System.getProperty("bench.data-dir", "target/kasvu-bench-data")
                    + "/search-" + System.nanoTime()), GOAL_LUCENE_P95_MS, true);
        }
        if (engines.contains("elasticsearch")) {
            ManagedElasticsearch.start();
            try {
                bench("elasticsearch", Map.of("kasvu.search.elasticsearch.url", ManagedElasticsearch.url(),
                        "kasvu.search.elasticsearch.replicas", "0"), GOAL_ELASTICSEARCH_P95_MS, false);
            } finally {
                ManagedElasticsearch.stop();
            }
        }
        say(goalsMet ? "SearchBench: every goal met" : "SearchBench: some goal missed (see above)");
        return 0;
    }

    private void bench(String engine, Map<String, Object> properties, double p95Goal, boolean measureTriggers) {
        try (ConfigurableApplicationContext context = start(properties)) {
            var registry = context.getBean(TenantRegistry.class);
            var migrations = context.getBean(TenantMigrations.class);
            var connections = context.getBean(TenantConnections.class);
            var indexing = context.getBean(SearchIndexing.class);
            say("== " + engine + ": " + context.getBean(Search.class).engine());
            if (measureTriggers) {
                triggers(connections, BenchTenants.create(registry, migrations, "trig" + engine.charAt(0), 1, 1, t -> { })
                        .getFirst());
            }
            long setup = System.nanoTime();
            List<TenantId> municipalities = BenchTenants.create(registry, migrations, "srch" + engine.charAt(0), tenants,
                    1, tenant -> BenchRoster.fill(connections, tenant, people));
            say("made %d tenants of %d people in SQL in %.0f s".formatted(tenants, people, seconds(setup)));
            index(indexing, municipalities);
            query(context, municipalities, p95Goal);
            reindex(context, municipalities.getFirst());
        }
    }

    /** The outbox triggers' cost on one 400,000-row statement: with them, and with them disabled. */
    private void triggers(TenantConnections connections, TenantId tenant) {
        String insert = "INSERT INTO person (id, source_id, given_name, family_name) "
                + "SELECT g, g::text, 'Bench', 'Person' || n FROM (SELECT gen_random_uuid() g, n FROM generate_series(1, "
                + triggerRows + ") n) s";
        long[] times = new long[2];
        try {
            connections.withConnection(tenant, connection -> {
                try (var statement = connection.createStatement()) {
                    for (int round = 0; round < 2; round++) {
                        statement.execute("ALTER TABLE person DISABLE TRIGGER person_search_insert");
                        long started = System.nanoTime();
                        statement.execute(insert);
                        long without = System.nanoTime() - started;
                        statement.execute("TRUNCATE person CASCADE");
                        statement.execute("ALTER TABLE person ENABLE TRIGGER person_search_insert");
                        started = System.nanoTime();
                        statement.execute(insert);
                        long with = System.nanoTime() - started;
                        statement.execute("TRUNCATE person CASCADE");
                        statement.execute("TRUNCATE search_outbox");
                        times[0] = without;
                        times[1] = with;
                    }
                }
                return null;
            });
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        say("outbox triggers: INSERT of %,d persons in one statement: %.0f ms without the trigger, %.0f ms with it "
                .formatted(triggerRows, times[0] / 1e6, times[1] / 1e6)
                + "(+%.0f %%, %,d outbox rows)".formatted(100.0 * (times[1] - times[0]) / times[0], triggerRows));
    }

    private void index(SearchIndexing indexing, List<TenantId> municipalities) {
        long started = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            var drained = new ArrayList<Future<SearchIndexing.Drained>>();
            for (TenantId tenant : municipalities) {
                drained.add(workers.submit(() -> indexing.drain(tenant)));
            }
            long documents = 0;
            long rows = 0;
            for (Future<SearchIndexing.Drained> future : drained) {
                documents += future.get().documents();
                rows += future.get().rows();
            }
            double rate = documents / seconds(started);
            boolean met = rate >= GOAL_INDEXING_PER_SECOND;
            goalsMet &= met;
            say("indexing through the outbox: %,d documents (%,d outbox rows) in %.1f s = %,.0f documents/s (goal >= %,.0f: %s)"
                    .formatted(documents, rows, seconds(started), rate, GOAL_INDEXING_PER_SECOND, met ? "MET" : "MISSED"));
        } catch (Exception e) {
            throw new IllegalStateException("indexing failed", e);
        } finally {
            workers.shutdownNow();
        }
    }

    private void query(ConfigurableApplicationContext context, List<TenantId> municipalities, double p95Goal) {
        var tenantContext = context.getBean(TenantContext.class);
        var search = context.getBean(Search.class);
        var viewers = viewers(context, municipalities);
        var latencies = new Latencies();
        long hits = 0;
        for (int i = -Math.min(500, queries); i < queries; i++) {
            TenantId tenant = municipalities.get(random.nextInt(municipalities.size()));
            List<Viewer> ofTenant = viewers.get(tenant);
            Viewer viewer = ofTenant.get(random.nextInt(ofTenant.size()));
            String typed = typed();
            long started = System.nanoTime();
            int found = as(tenantContext, tenant, () -> search.find(SearchQuery.of(typed), viewer).hits().size());
            if (i >= 0) {
                latencies.add(System.nanoTime() - started);
                hits += found;
            }
        }
        boolean met = latencies.p95() <= p95Goal;
        goalsMet &= met;
        say("queries: %s, %.1f hits per query (p95 goal <= %.0f ms: %s)".formatted(latencies, (double) hits / queries,
                p95Goal, met ? "MET" : "MISSED"));
    }

    private void reindex(ConfigurableApplicationContext context, TenantId tenant) {
        var tenantContext = context.getBean(TenantContext.class);
        var search = context.getBean(Search.class);
        var viewer = Viewer.cityAdmin();
        var stop = new AtomicBoolean();
        var during = new Latencies();
        var empty = new AtomicLong();
        var failed = new AtomicLong();
        var searching = new Thread(() -> {
            var local = new Random(11);
            while (!stop.get()) {
                String typed = BenchRoster.FAMILY.get(local.nextInt(BenchRoster.FAMILY.size()));
                long started = System.nanoTime();
                try {
                    int found = as(tenantContext, tenant, () -> search.find(typed, viewer).hits().size());
                    during.add(System.nanoTime() - started);
                    if (found == 0) {
                        empty.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            }
        });
        searching.start();
        ReindexProgress done;
        try {
            done = context.getBean(Reindexing.class).reindex(tenant, progress -> { });
        } finally {
            stop.set(true);
            try {
                searching.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double secs = (done.finished().toEpochMilli() - done.started().toEpochMilli()) / 1000.0;
        boolean met = done.state() == ReindexProgress.State.SWAPPED && failed.get() == 0 && empty.get() == 0;
        goalsMet &= met;
        say("reindex of %s (%,d documents): %s in %.1f s = %,.0f documents/s; searches meanwhile: %s, %d without hits, %d failed (%s)"
                .formatted(tenant, done.written(), done.state(), secs, done.written() / secs, during, empty.get(),
                        failed.get(), met ? "MET" : "MISSED"));
    }

    /** Per tenant: the city admin, and some teachers, principals and guardians with their rights as Kasvu computes them. */
    private Map<TenantId, List<Viewer>> viewers(ConfigurableApplicationContext context, List<TenantId> municipalities) {
        var tenantContext = context.getBean(TenantContext.class);
        var viewers = context.getBean(Viewers.class);
        int pupils = people * 80 / 100;
        int staff = Math.max(people * 5 / 100, 1);
        int schools = Math.max(1, people / 8000);
        var all = new HashMap<TenantId, List<Viewer>>();
        for (TenantId tenant : municipalities) {
            var list = new ArrayList<Viewer>();
            tenantContext.runAs(tenant, () -> {
                list.add(Viewer.cityAdmin());
                for (int i = 0; i < 5; i++) {
                    list.add(viewers.of("staff-" + (pupils + schools + random.nextInt(staff - schools)), Set.of("teacher")));
                    list.add(viewers.of("staff-" + (pupils + random.nextInt(schools)), Set.of("principal")));
                    list.add(viewers.of("guardian-" + (pupils + staff + random.nextInt(people - pupils - staff)),
                            Set.of("guardian")));
                }
            });
            all.put(tenant, list);
        }
        return all;
    }

    /** What people type: a name's first letters, a whole name, a given and a family name, or a name with a typo. */
    private String typed() {
        String given = BenchRoster.GIVEN.get(random.nextInt(BenchRoster.GIVEN.size()));
        String family = BenchRoster.FAMILY.get(random.nextInt(BenchRoster.FAMILY.size()));
        return switch (random.nextInt(4)) {
            case 0 -> family.substring(0, 2 + random.nextInt(3));
            case 1 -> family;
            case 2 -> given + " " + family.substring(0, 3);
            default -> family.substring(0, family.length() - 2) + family.charAt(family.length() - 1);
        };
    }

    private ConfigurableApplicationContext start(Map<String, Object> engine) {
        Map<String, Object> properties = new HashMap<>(engine);
        properties.put("kasvu.tenancy.base-domain", BenchContext.BASE_DOMAIN);
        properties.put("kasvu.search.indexer-enabled", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.liquibase", "WARN");
        return new SpringApplicationBuilder(SearchBenchApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(new BenchContext.Database())
                .properties(properties)
                .run();
    }

    private static <T> T as(TenantContext context, TenantId tenant, java.util.concurrent.Callable<T> work) {
        try {
            return context.callAs(tenant, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** Latencies in nanoseconds, summarised in milliseconds. */
    static final class Latencies {
        private final List<Long> values = java.util.Collections.synchronizedList(new ArrayList<>());

        void add(long nanos) {
            values.add(nanos);
        }

        double p95() {
            return percentile(95);
        }

        double percentile(double p) {
            List<Long> sorted;
            synchronized (values) {
                sorted = values.stream().sorted().toList();
            }
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }

        @Override
        public String toString() {
            return "%d searches, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms".formatted(values.size(),
                    percentile(50), percentile(95), percentile(99), percentile(100));
        }
    }
}
