package fi.kasvu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import fi.kasvu.platform.PlatformTestApplication;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Latency and throughput of OneRoster's {@code GET /classes/{id}/students} under concurrent load: one municipality with
 * {@code bench.students} (6,000) students in classes of 25 (each with two guardians, demographics and a primary
 * role; 240 classes, one teacher each), written with SQL; the platform as a web application (Tomcat, the host's
 * tenant resolution, the rostering controller, JSON, PostgreSQL through the tenant pool); {@code bench.threads} (16)
 * clients on loopback asking for random classes' students. Every answer must be 200 with
 * {@code X-Total-Count: 25} and 25 users. The app's identity is a fixed principal set by a filter: the bearer-token
 * check, scope and rate limit live in the deployable UI, which benchmarks do not load (see docs/oneroster-api.md).
 *
 * <p>Goal: p99 at most {@code bench.goal-p99-ms} (100 ms) at the throughput reached.
 */
public final class OneRosterApiBench {

    private final int students = Integer.getInteger("bench.students", 6000);
    private final int classSize = 25;
    private final int threads = Integer.getInteger("bench.threads", 16);
    private final int warmupSeconds = Integer.getInteger("bench.warmup-seconds", 10);
    private final int measureSeconds = Integer.getInteger("bench.measure-seconds", 30);
    private final double goalP99 = Double.parseDouble(System.getProperty("bench.goal-p99-ms", "100"));

    public static void main(String[] args) {
        if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        }
        int exit;
        try {
            exit = new OneRosterApiBench().run();
        } catch (Throwable e) {
            say("ERROR " + e);
            e.printStackTrace(System.out);
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);
    }

    int run() throws Exception {
        say("OneRoster API benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        int classes = (students + classSize - 1) / classSize;
        say(String.format("%d students in %d classes of %d, client threads %d, warm-up %d s, measured %d s, pool size %d",
                students, classes, classSize, threads, warmupSeconds, measureSeconds, BenchContext.poolSize()));
        try (ConfigurableApplicationContext context = start()) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            long setup = System.nanoTime();
            TenantId tenant = BenchTenants.create(context.getBean(TenantRegistry.class),
                    context.getBean(TenantMigrations.class), "roster", 1, 1, id -> { }).getFirst();
            seed(context.getBean(TenantConnections.class), tenant, classes);
            say(String.format("set-up (not measured): tenant %s with %d students, %d guardians, %d classes in %.1f s",
                    tenant.slug(), students, 2 * students, classes, (System.nanoTime() - setup) / 1e9));
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest[] requests = new HttpRequest[classes];
            for (int c = 0; c < classes; c++) {
                requests[c] = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                + "/ims/oneroster/rostering/v1p2/classes/class-" + c + "/students"))
                        .header("Host", tenant.slug() + "." + BenchContext.BASE_DOMAIN + ":" + port)
                        .timeout(Duration.ofSeconds(30)).GET().build();
            }
            var first = http.send(requests[0], HttpResponse.BodyHandlers.ofString());
            say("pre-check: " + first.statusCode() + ", X-Total-Count " + first.headers().firstValue("X-Total-Count")
                    .orElse("-") + ", " + first.body().length() + " bytes");
            say("warm-up (not counted): " + warmupSeconds + " s");
            load(http, requests, warmupSeconds, false);
            say(CpuMeter.awaitQuiet());
            return load(http, requests, measureSeconds, true);
        }
    }

    private int load(HttpClient http, HttpRequest[] requests, int seconds, boolean report) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long[][] latencies = new long[threads][2_000_000 / threads];
        int[] recorded = new int[threads];
        var wrong = new AtomicLong();
        var failed = new AtomicLong();
        Thread[] clients = new Thread[threads];
        CpuMeter.Snapshot cpuFrom = CpuMeter.now();
        long began = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int me = t;
            clients[t] = Thread.ofPlatform().name("bench-client-" + t).start(() -> {
                while (System.nanoTime() < end && recorded[me] < latencies[me].length) {
                    var request = requests[ThreadLocalRandom.current().nextInt(requests.length)];
                    long sent = System.nanoTime();
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[me][recorded[me]++] = System.nanoTime() - sent;
                        if (response.statusCode() != 200 || !"25".equals(response.headers()
                                .firstValue("X-Total-Count").orElse(null)) || count(response.body()) != 25) {
                            if (wrong.incrementAndGet() <= 3) {
                                say("  wrong answer: " + response.statusCode() + " " + abbreviate(response.body()));
                            }
                        }
                    } catch (IOException e) {
                        if (failed.incrementAndGet() <= 3) {
                            say("  request failed: " + e);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        for (Thread client : clients) {
            client.join();
        }
        double window = (System.nanoTime() - began) / 1e9;
        if (!report) {
            return 0;
        }
        long[] all = Latencies.merged(latencies, recorded);
        double p99 = Latencies.ms(all, 0.99);
        say(String.format("measured: %d requests in %.1f s = %.1f req/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, "
                        + "max %.1f ms; wrong answers %d, failed %d", all.length, window, all.length / window,
                Latencies.ms(all, 0.50), Latencies.ms(all, 0.90), p99, Latencies.maxMs(all), wrong.get(),
                failed.get()));
        say("  " + CpuMeter.describe(cpuFrom, CpuMeter.now(), true));
        say(String.format("GOAL %s: p99 %.2f ms (goal <= %.0f ms) at %.1f req/s with %d clients",
                p99 <= goalP99 && wrong.get() == 0 ? "MET" : "MISSED", p99, goalP99, all.length / window, threads));
        return wrong.get() == 0 && failed.get() == 0 ? 0 : 1;
    }

    private void seed(TenantConnections connections, TenantId tenant, int classes) throws Exception {
        connections.withConnection(tenant, c -> {
            var sql = c.createStatement();
            sql.execute("""
                    INSERT INTO school (id, name, kind, source_id) VALUES (gen_random_uuid(), 'Benchin koulu', 'BASIC', 'school-1');
                    INSERT INTO academic_session (id, source_id, title, type, start_date, end_date, school_year)
                      VALUES (gen_random_uuid(), 'autumn', 'Syyslukukausi', 'term', '2024-08-08', '2024-12-21', 2025);
                    INSERT INTO course (id, source_id, title, school_id)
                      SELECT gen_random_uuid(), 'course-1', 'Perusopetus', id FROM school;
                    """);
            sql.execute(("""
                    INSERT INTO class_group (id, source_id, title, class_type, course_id, school_id, grades)
                      SELECT gen_random_uuid(), 'class-' || n, 'Luokka ' || n, 'homeroom', c.id, c.school_id, '{07}'
                        FROM course c, generate_series(0, %1$d - 1) n;
                    INSERT INTO class_term (class_id, session_id) SELECT g.id, a.id FROM class_group g, academic_session a;
                    INSERT INTO person (id, source_id, given_name, family_name, username, identifier, grades,
                                        primary_school_id)
                      SELECT gen_random_uuid(), 'student-' || n, 'Oppilas' || n, 'Suku' || (n %% 97), 'oppilas' || n,
                             '1.2.246.562.24.' || (10000000000 + n), '{07}', s.id
                        FROM generate_series(0, %2$d - 1) n, school s;
                    INSERT INTO person (id, source_id, given_name, family_name)
                      SELECT gen_random_uuid(), 'guardian-' || n, 'Huoltaja' || n, 'Suku' || (n / 2 %% 97)
                        FROM generate_series(0, 2 * %2$d - 1) n;
                    INSERT INTO person (id, source_id, given_name, family_name, primary_school_id)
                      SELECT gen_random_uuid(), 'teacher-' || n, 'Opettaja' || n, 'Suku', s.id
                        FROM generate_series(0, %1$d - 1) n, school s;
                    INSERT INTO person_role (id, person_id, role, role_type, school_id)
                      SELECT gen_random_uuid(), p.id, CASE WHEN p.source_id LIKE 'teacher-%%' THEN 'teacher' ELSE 'student' END,
                             'primary', p.primary_school_id FROM person p WHERE p.primary_school_id IS NOT NULL;
                    INSERT INTO guardianship (guardian_id, student_id)
                      SELECT g.id, s.id FROM person s JOIN person g
                        ON g.source_id IN ('guardian-' || (2 * substring(s.source_id from 9)::int),
                                           'guardian-' || (2 * substring(s.source_id from 9)::int + 1))
                       WHERE s.source_id LIKE 'student-%%';
                    INSERT INTO demographics (person_id, birth_date, sex)
                      SELECT id, date '2011-01-01' + (substring(source_id from 9)::int %% 365), 'unspecified'
                        FROM person WHERE source_id LIKE 'student-%%';
                    INSERT INTO enrollment (id, source_id, class_id, person_id, school_id, role)
                      SELECT gen_random_uuid(), 'enr-' || p.source_id, g.id, p.id, g.school_id, 'student'
                        FROM person p JOIN class_group g ON g.source_id = 'class-' || (substring(p.source_id from 9)::int / %3$d)
                       WHERE p.source_id LIKE 'student-%%';
                    INSERT INTO enrollment (id, source_id, class_id, person_id, school_id, role)
                      SELECT gen_random_uuid(), 'enr-' || p.source_id, g.id, p.id, g.school_id, 'teacher'
                        FROM person p JOIN class_group g ON g.source_id = 'class-' || substring(p.source_id from 9)
                       WHERE p.source_id LIKE 'teacher-%%';
                    ANALYZE;
                    """).formatted(classes, students, classSize));
            return null;
        });
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlatformTestApplication.class, BenchClient.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(new BenchContext.Database())
                .properties(java.util.Map.of("kasvu.tenancy.base-domain", BenchContext.BASE_DOMAIN,
                        "server.port", Integer.getInteger("bench.port", 0), "server.address", "127.0.0.1",
                        "logging.level.root", "WARN", "logging.level.liquibase", "WARN"))
                .run();
    }

    /** The calling app, as the deployable UI's token check would name it. */
    @Configuration(proxyBeanMethods = false)
    static class BenchClient {
        @Bean
        OncePerRequestFilter benchApp() {
            return new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                FilterChain chain) throws jakarta.servlet.ServletException, IOException {
                    Principal app = () -> "bench-app";
                    chain.doFilter(new HttpServletRequestWrapper(request) {
                        @Override
                        public Principal getUserPrincipal() {
                            return app;
                        }
                    }, response);
                }
            };
        }
    }

    private static int count(String body) {
        int count = 0;
        for (int at = body.indexOf("\"givenName\""); at >= 0; at = body.indexOf("\"givenName\"", at + 1)) {
            count++;
        }
        return count;
    }

    private static String abbreviate(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }

    static void say(String line) {
        System.out.println("[oneroster] " + line);
    }

}
