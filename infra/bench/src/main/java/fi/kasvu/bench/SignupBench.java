package fi.kasvu.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.identity.ManagedKeycloak;
import fi.kasvu.provisioning.identity.TenantRealms;
import fi.kasvu.provisioning.onboarding.Onboarding;
import fi.kasvu.provisioning.onboarding.ProvisioningStep;
import fi.kasvu.provisioning.onboarding.SignupRequest;
import fi.kasvu.provisioning.onboarding.SignupStatus;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sign-up to a usable portal with {@code bench.tenants} (300) municipalities already present, and password logins
 * with 1 and with 300 municipality realms in the same Keycloak.
 *
 * <p>One context of the platform and provisioning ({@link SignupBenchApplication}, servlet on 127.0.0.1, base domain
 * kasvu.test) on a fresh database, with its managed Keycloak on port {@code bench.keycloak-port} (8183) and data in
 * {@code bench.data-dir} (run.sh: infra/bench/target/kasvu-bench-data), whose Keycloak database is wiped first, so
 * the realm count is exactly master plus the municipalities this run makes.
 *
 * <ol>
 *   <li>Sign-up 1 through {@link Onboarding#signUp}; then a user {@code bench-user} with a password and a confidential
 *   client {@code bench} (direct access grants) in its realm, over Keycloak's admin REST API; then
 *   {@code bench.login-warmup} (5) + {@code bench.logins} (50) password grants at its token endpoint.</li>
 *   <li>Set-up: sign-ups until {@code bench.tenants} exist, one at a time, each waited for until ACTIVE (timed, as
 *   extra information, in buckets of 50).</li>
 *   <li>Logins again, on the first realm and on the last.</li>
 *   <li>Measured: {@code bench.signups} (20) further sign-ups, one at a time, each timed from {@code signUp()} until
 *   the sign-up is ACTIVE, {@code GET /api/schools} on {@code <slug>.kasvu.test} answers 200 and the realm's OIDC
 *   discovery document answers 200.</li>
 * </ol>
 *
 * <p>Goal: median sign-up to usable portal at most 3 s, 95th percentile at most 5 s.
 */
public final class SignupBench {

    static final double GOAL_MEDIAN_SECONDS = 3.0;
    static final double GOAL_P95_SECONDS = 5.0;
    static final String BENCH_CLIENT = "bench";
    static final String BENCH_CLIENT_SECRET = "bench-client-secret-0123456789";
    static final String BENCH_USER = "bench-user";
    static final String BENCH_PASSWORD = "Bench-password-2026!";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final int tenants = Integer.getInteger("bench.tenants", 300);
    private final int signupCount = Integer.getInteger("bench.signups", 20);
    private final int logins = Integer.getInteger("bench.logins", 50);
    private final int loginWarmup = Integer.getInteger("bench.login-warmup", 5);
    private final int keycloakPort = Integer.getInteger("bench.keycloak-port", 8183);
    private final Path dataDir = Path.of(System.getProperty("bench.data-dir", "target/kasvu-bench-data"))
            .toAbsolutePath().normalize();
    private final Duration signupTimeout = Duration.ofSeconds(Long.getLong("bench.signup-timeout-seconds", 180));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Onboarding onboarding;
    private TenantRealms realms;
    private ManagedKeycloak keycloak;
    private int port;
    private int businessSerial = 1_000_000;

    public static void main(String[] args) {
        int exit;
        try {
            exit = new SignupBench().run();
        } catch (Throwable e) {
            System.out.println("[signup] ERROR " + e);
            e.printStackTrace(System.out);
            exit = 1;
        }
        System.out.flush();
        System.exit(exit);
    }

    int run() throws Exception {
        say("Sign-up benchmark, " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
        say("tenants present before the measured sign-ups " + tenants + ", measured sign-ups " + signupCount
                + ", logins " + loginWarmup + " warm-up + " + logins + " measured, Keycloak port " + keycloakPort
                + ", data " + dataDir);
        wipeKeycloakDatabase();
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = start()) {
            port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            say(String.format("platform + provisioning started in %.1f s on port %d, %s", seconds(started), port,
                    BenchContext.jdbcUrl()));
            onboarding = context.getBean(Onboarding.class);
            realms = context.getBean(TenantRealms.class);
            keycloak = context.getBean(ManagedKeycloak.class);
            long keycloakStart = System.nanoTime();
            keycloak.ensureRunning();
            say(String.format("Keycloak %s at %s ready in %.1f s (%s; pid file %s)", keycloak.startedHere()
                            ? "started" : "FOUND RUNNING (not started here: its realms may skew the figures)",
                    keycloak.url(), seconds(keycloakStart), realmCount() + " realms", pidFile()));

            // 1. the first municipality, and logins with one municipality realm
            List<Double> setup = new ArrayList<>();
            List<TenantId> present = new ArrayList<>();
            TenantId first = BenchTenants.slug("bench", 1);
            setup.add(signUpAndWait(first).total());
            present.add(first);
            say(String.format("first sign-up ('%s') took %.2f s (a cold JVM; counted in set-up only)", first.slug(),
                    setup.getFirst()));
            String adminToken = adminToken();
            prepareLogins(adminToken, first);
            say("Keycloak: " + realmCount() + " realms (master + " + present.size() + "), " + keycloakMemory());
            Stats login1 = measureLogins("logins, 1 municipality realm, realm " + first.slug(), first);

            // 2. set-up: municipalities until `tenants` exist
            long setupStarted = System.nanoTime();
            CpuMeter.Snapshot setupFrom = CpuMeter.now();
            long keycloakFrom = keycloakTicks();
            for (int i = 2; i <= tenants; i++) {
                TenantId tenantId = BenchTenants.slug("bench", i);
                setup.add(signUpAndWait(tenantId).total());
                present.add(tenantId);
                if (i % 50 == 0 || i == tenants) {
                    say(String.format("set-up: %d municipalities present after %.0f s", i, seconds(setupStarted)));
                }
            }
            say(String.format("set-up (not the goal): %d sign-ups one at a time, waited for until ACTIVE, in %.1f s; "
                    + "per sign-up, by municipalities present before it:", tenants, seconds(setupStarted)));
            for (int from = 0; from < setup.size(); from += 50) {
                List<Double> bucket = setup.subList(from, Math.min(setup.size(), from + 50));
                Stats stats = Stats.of(bucket);
                say(String.format("    %3d-%3d present: median %.2f s, p95 %.2f s, max %.2f s (%d sign-ups)", from,
                        from + bucket.size() - 1, stats.median(), stats.p95(), stats.max(), bucket.size()));
            }
            say("    " + cpu(setupFrom, CpuMeter.now(), keycloakFrom, keycloakTicks()));
            say("Keycloak: " + realmCount() + " realms (master + " + present.size() + "), " + keycloakMemory());

            // 3. logins with `tenants` realms
            adminToken = adminToken();
            TenantId last = present.getLast();
            prepareLogins(adminToken, last);
            Stats loginFirstN = measureLogins("logins, " + tenants + " municipality realms, first realm "
                    + first.slug(), first);
            Stats loginLastN = measureLogins("logins, " + tenants + " municipality realms, last realm "
                    + last.slug(), last);

            // 4. measured: sign-up to a usable portal
            say("measured sign-ups: " + CpuMeter.awaitQuiet());
            List<Double> totals = new ArrayList<>();
            List<Double> toActive = new ArrayList<>();
            Map<ProvisioningStep, List<Double>> stepTimes = new java.util.EnumMap<>(ProvisioningStep.class);
            CpuMeter.Snapshot from = CpuMeter.now();
            keycloakFrom = keycloakTicks();
            for (int i = 1; i <= signupCount; i++) {
                TenantId tenantId = BenchTenants.slug("signup", i);
                Timing timing = signUpAndWait(tenantId);
                totals.add(timing.total());
                toActive.add(timing.active());
                say(String.format("    sign-up %2d '%s' (%d present): usable in %.2f s (ACTIVE %.2f s, +schools 200 "
                                + "%.2f s, +discovery 200 %.2f s; steps: %s)", i, tenantId.slug(), tenants + i - 1,
                        timing.total(), timing.active(), timing.schools() - timing.active(),
                        timing.total() - timing.schools(), timing.stepLine()));
                timing.steps().forEach((step, took) -> stepTimes.computeIfAbsent(step, s -> new ArrayList<>()).add(took));
            }
            String cpu = cpu(from, CpuMeter.now(), keycloakFrom, keycloakTicks());
            say("    " + cpu);
            say("Keycloak: " + realmCount() + " realms, " + keycloakMemory());
            Stats signups = Stats.of(totals);
            Stats active = Stats.of(toActive);

            boolean met = signups.median() <= GOAL_MEDIAN_SECONDS && signups.p95() <= GOAL_P95_SECONDS;
            System.out.println();
            say("SUMMARY");
            say(String.format("  login, 1 realm (%s)            median %4.0f ms, p95 %4.0f ms, max %4.0f ms",
                    first.slug(), login1.median() * 1000, login1.p95() * 1000, login1.max() * 1000));
            say(String.format("  login, %d realms, first (%s)  median %4.0f ms, p95 %4.0f ms, max %4.0f ms", tenants,
                    first.slug(), loginFirstN.median() * 1000, loginFirstN.p95() * 1000, loginFirstN.max() * 1000));
            say(String.format("  login, %d realms, last (%s)   median %4.0f ms, p95 %4.0f ms, max %4.0f ms", tenants,
                    last.slug(), loginLastN.median() * 1000, loginLastN.p95() * 1000, loginLastN.max() * 1000));
            say(String.format("  sign-up to usable portal, %d present, %d sign-ups: median %.2f s, p95 %.2f s, max "
                            + "%.2f s (to ACTIVE alone: median %.2f s, p95 %.2f s)", tenants, totals.size(),
                    signups.median(), signups.p95(), signups.max(), active.median(), active.p95()));
            stepTimes.forEach((step, times) -> say(String.format("    step %-13s median %.2f s, p95 %.2f s", step,
                    Stats.of(times).median(), Stats.of(times).p95())));
            say(String.format("%s: median %.2f s (goal <= %.0f s), p95 %.2f s (goal <= %.0f s)%s",
                    met ? "GOAL MET" : "GOAL MISSED", signups.median(), GOAL_MEDIAN_SECONDS, signups.p95(),
                    GOAL_P95_SECONDS, cpu.contains("DISTURBED") ? " (DISTURBED: rerun on a quiet machine)" : ""));
            return 0;
        }
    }

    private ConfigurableApplicationContext start() {
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("kasvu.tenancy.base-domain", BenchContext.BASE_DOMAIN);
        defaults.put("server.port", Integer.getInteger("bench.port", 0));
        defaults.put("server.address", "127.0.0.1");
        defaults.put("kasvu.data-dir", dataDir.toString());
        defaults.put("kasvu.keycloak.managed-port", keycloakPort);
        defaults.put("kasvu.mail.development-port", 0);
        defaults.put("logging.level.root", "WARN");
        defaults.put("logging.level.liquibase", "WARN");
        return new SpringApplicationBuilder(SignupBenchApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(new BenchContext.Database())
                .properties(defaults)
                .run();
    }

    /** Keycloak's own database (dev-file H2 under the unpacked server's data/), so no realm of an earlier run stays. */
    private void wipeKeycloakDatabase() throws IOException {
        Path directory = dataDir.resolve("keycloak");
        Path pidFile = directory.resolve("keycloak.pid");
        if (Files.exists(pidFile)) {
            String pid = Files.readString(pidFile).strip();
            if (ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)) {
                throw new IllegalStateException("a Keycloak of an earlier bench run still runs on " + directory
                        + " (pid " + pid + "); stop it first");
            }
        }
        if (!Files.isDirectory(directory)) {
            say("Keycloak data: none yet in " + directory + " (the distribution is unpacked on first use)");
            return;
        }
        int wiped = 0;
        try (Stream<Path> homes = Files.list(directory)) {
            for (Path home : homes.filter(Files::isDirectory).toList()) {
                Path data = home.resolve("data");
                if (Files.isDirectory(data)) {
                    try (Stream<Path> files = Files.walk(data)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(file);
                        }
                    }
                    wiped++;
                }
            }
        }
        say("Keycloak data: wiped " + wiped + " database director" + (wiped == 1 ? "y" : "ies") + " under "
                + directory + ": only master and this run's realms will exist");
    }

    /** Seconds from the call to ACTIVE, to the portal's 200 and to the realm's 200; and each saga step's seconds. */
    record Timing(double active, double schools, double total, Map<ProvisioningStep, Double> steps) {

        String stepLine() {
            return steps.entrySet().stream().map(step -> String.format("%s %.2f", step.getKey(), step.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** One sign-up through {@link Onboarding#signUp}, until its portal is usable; seconds from the call. */
    private Timing signUpAndWait(TenantId tenantId) throws Exception {
        var request = new SignupRequest("Kunta " + tenantId.slug(), nextBusinessId(), tenantId.slug(),
                "Maija Meikäläinen", "admin@" + tenantId.slug() + ".example.fi", 1_000, null);
        long started = System.nanoTime();
        long deadline = started + signupTimeout.toNanos();
        UUID id = onboarding.signUp(request);
        SignupStatus status;
        while (!(status = onboarding.status(id)).isFinished()) {
            pause(deadline, tenantId, "ACTIVE");
        }
        if (!status.status().equals("ACTIVE")) {
            throw new IllegalStateException("sign-up of '" + tenantId.slug() + "' ended " + status.status() + ": "
                    + status.steps());
        }
        double active = seconds(started);
        HttpRequest schools = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/schools"))
                .header("Host", tenantId.slug() + "." + BenchContext.BASE_DOMAIN + ":" + port)
                .timeout(Duration.ofSeconds(10)).GET().build();
        while (http.send(schools, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            pause(deadline, tenantId, "GET /api/schools 200");
        }
        double schoolsAt = seconds(started);
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realms.issuer(tenantId)
                + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(10)).GET().build();
        while (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            pause(deadline, tenantId, "OIDC discovery 200");
        }
        var steps = new java.util.EnumMap<ProvisioningStep, Double>(ProvisioningStep.class);
        status.steps().forEach(step -> step.took().ifPresent(took -> steps.put(step.step(), took.toNanos() / 1e9)));
        return new Timing(active, schoolsAt, seconds(started), steps);
    }

    private void pause(long deadline, TenantId tenantId, String what) throws InterruptedException {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("sign-up of '" + tenantId.slug() + "' not " + what + " within "
                    + signupTimeout.toSeconds() + " s");
        }
        Thread.sleep(10);
    }

    /** Distinct valid Finnish business IDs: seven digits, a hyphen and the check digit (remainder 1 skipped). */
    private String nextBusinessId() {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        while (true) {
            String digits = String.valueOf(++businessSerial);
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (digits.charAt(i) - '0') * weights[i];
            }
            int remainder = sum % 11;
            if (remainder != 1) {
                return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
            }
        }
    }

    // --- logins -------------------------------------------------------------------------------------------------

    private String adminToken() throws Exception {
        String password = Files.readString(keycloak.adminPasswordFile()).strip();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak.url()
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", keycloak.adminUsername(), "password", password)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return token(response, "the master admin's token");
    }

    /** In the realm: the confidential client {@code bench} (direct access grants) and {@code bench-user}. */
    private void prepareLogins(String adminToken, TenantId tenantId) throws Exception {
        String realm = tenantId.slug();
        adminPost(adminToken, "/admin/realms/" + realm + "/clients", """
                {"clientId":"%s","enabled":true,"publicClient":false,"secret":"%s","standardFlowEnabled":false,
                 "directAccessGrantsEnabled":true,"serviceAccountsEnabled":false}""".formatted(BENCH_CLIENT,
                BENCH_CLIENT_SECRET));
        // the realm's brute-force protection locked bench-user out after a few quick successful password grants
        // ("user_temporarily_disabled" with no failed login before it; see docs/benchmarks.md), so it is off in the
        // realms the logins are measured in
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(keycloak.url() + "/admin/realms/" + realm))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"bruteForceProtected\":false}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 204) {
            throw new IllegalStateException("turning brute-force protection off in " + realm + " answered "
                    + put.statusCode() + ": " + put.body());
        }
        adminPost(adminToken, "/admin/realms/" + realm + "/users", """
                {"username":"%s","email":"bench-user@%s.example.fi","emailVerified":true,"firstName":"Bench",
                 "lastName":"User","enabled":true,"requiredActions":[],
                 "credentials":[{"type":"password","value":"%s","temporary":false}]}""".formatted(BENCH_USER, realm,
                BENCH_PASSWORD));
    }

    private void adminPost(String adminToken, String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak.url() + path))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private Stats measureLogins(String what, TenantId tenantId) throws Exception {
        HttpRequest grant = HttpRequest.newBuilder(URI.create(realms.issuer(tenantId)
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("grant_type", "password", "client_id", BENCH_CLIENT,
                        "client_secret", BENCH_CLIENT_SECRET, "username", BENCH_USER, "password", BENCH_PASSWORD,
                        "scope", "openid")))
                .build();
        for (int i = 0; i < loginWarmup; i++) {
            token(http.send(grant, HttpResponse.BodyHandlers.ofString()), "a warm-up login in " + tenantId.slug());
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(grant, HttpResponse.BodyHandlers.ofString());
            times.add(seconds(started));
            token(response, "a login in " + tenantId.slug());
        }
        Stats stats = Stats.of(times);
        say(String.format("%s: %d password grants, median %.0f ms, p95 %.0f ms, max %.0f ms", what, logins,
                stats.median() * 1000, stats.p95() * 1000, stats.max() * 1000));
        return stats;
    }

    private static String token(HttpResponse<String> response, String what) {
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException(what + " failed: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private int realmCount() {
        try {
            String adminToken = adminToken();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak.url()
                            + "/admin/realms?briefRepresentation=true"))
                    .header("Authorization", "Bearer " + adminToken).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = Pattern.compile("\"realm\"\\s*:").matcher(response.body());
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            return count;
        } catch (Exception e) {
            return -1;
        }
    }

    // --- Keycloak's process -------------------------------------------------------------------------------------

    private Path pidFile() {
        return dataDir.resolve("keycloak").resolve("keycloak.pid");
    }

    /** kc.sh and its child JVM. */
    private List<ProcessHandle> keycloakProcesses() {
        try {
            long pid = Long.parseLong(Files.readString(pidFile()).strip());
            return ProcessHandle.of(pid).map(root -> Stream.concat(Stream.of(root), root.descendants()).toList())
                    .orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private String keycloakMemory() {
        long kb = 0;
        for (ProcessHandle process : keycloakProcesses()) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        kb += Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // ended meanwhile
            }
        }
        return kb == 0 ? "memory unknown (no pid file " + pidFile() + ")"
                : String.format("RSS of its processes %.0f MiB", kb / 1024.0);
    }

    private long keycloakTicks() {
        long ticks = 0;
        for (ProcessHandle process : keycloakProcesses()) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException ignored) {
                // ended meanwhile
            }
        }
        return ticks;
    }

    /** Like {@link CpuMeter#describe}, with Keycloak (a child process here) apart from "other". */
    private static String cpu(CpuMeter.Snapshot from, CpuMeter.Snapshot to, long keycloakFrom, long keycloakTo) {
        double wall = (to.wallNanos() - from.wallNanos()) / 1e9;
        long total = to.machineTotalTicks() - from.machineTotalTicks();
        int cores = Runtime.getRuntime().availableProcessors();
        double machine = total <= 0 ? 0 : cores * (double) (to.machineBusyTicks() - from.machineBusyTicks()) / total;
        double jvm = (to.jvmCpuNanos() - from.jvmCpuNanos()) / 1e9 / wall;
        double pg = (to.postgresTicks() - from.postgresTicks()) / 100.0 / wall;
        double kc = (keycloakTo - keycloakFrom) / 100.0 / wall;
        double other = Math.max(0, machine - jvm - pg - kc);
        return String.format("CPU over %.1f s: machine %.2f of %d cores busy; JVM %.2f cores, Keycloak %.2f cores, "
                        + "PostgreSQL %.2f cores, other %.2f cores%s", wall, machine, cores, jvm, kc, pg, other,
                other > CpuMeter.DISTURBED_CORES ? " (DISTURBED: other processes competed for the CPU)" : "");
    }

    record Stats(double median, double p95, double max) {
        static Stats of(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            return new Stats(percentile(sorted, 50), percentile(sorted, 95), sorted.getLast());
        }

        /** Nearest-rank percentile. */
        private static double percentile(List<Double> sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private static void say(String line) {
        System.out.println("[signup] " + line);
    }
}
