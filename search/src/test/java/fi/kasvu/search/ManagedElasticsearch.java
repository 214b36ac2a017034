package fi.kasvu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The real Elasticsearch the tests run: the Maven Central distribution the build fetched
 * (org.elasticsearch.distribution.integ-test-zip), unpacked under target/, started once per test JVM on the port the
 * build names (9250 unless {@code -Dkasvu.test.elasticsearch-port}), single-node, security off, 512 MB heap, and
 * stopped when the JVM ends. Elasticsearch refuses to run as root: as root it runs as the user {@value #USER}, created
 * if missing, through runuser. Tests can stop and start it (the outage test); {@link ElasticsearchExtension} starts it
 * for a test class, and the search benchmark uses it too (so it needs no JUnit).
 */
public final class ManagedElasticsearch {

    static final String USER = "kasvu-es";

    private static final Object LOCK = new Object();
    private static Process process;
    private static boolean hookAdded;
    private static boolean started;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static String url() {
        return "http://127.0.0.1:" + port();
    }

    public static void start() {
        synchronized (LOCK) {
            if (process != null && process.isAlive()) {
                return;
            }
            new ManagedElasticsearch().launch();
        }
    }

    /** Stops the server, as an outage would; its data stays for the next start. */
    public static void stop() {
        synchronized (LOCK) {
            if (process != null) {
                destroyTree(process);
                process = null;
            }
        }
    }

    private void launch() {
        if (answers()) {
            throw new IllegalStateException("something already answers on " + url() + "; stop it (a leftover test "
                    + "Elasticsearch runs as user " + USER + ") or choose another -Dkasvu.test.elasticsearch-port");
        }
        try {
            Path home = unpacked();
            boolean root = "root".equals(System.getProperty("user.name"));
            var command = new ArrayList<String>();
            if (root) {
                ensureUser();
                run("chown", "-R", USER, home.toString());
                command.addAll(List.of("runuser", "-u", USER, "--"));
            }
            command.addAll(List.of(home.resolve("bin/elasticsearch").toString(),
                    "-E", "discovery.type=single-node", "-E", "xpack.security.enabled=false",
                    "-E", "network.host=127.0.0.1", "-E", "http.port=" + port(),
                    "-E", "transport.port=" + System.getProperty("kasvu.test.elasticsearch.transport-port", "9350"),
                    "-E", "cluster.name=kasvu-test", "-E", "path.data=" + home.resolve("data"),
                    "-E", "path.logs=" + home.resolve("logs"), "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
            var builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(home.resolve("elasticsearch.out").toFile());
            builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
            process = builder.start();
            process.getOutputStream().close();
            if (!hookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(ManagedElasticsearch::stop, "kasvu-test-es-stop"));
                hookAdded = true;
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + "; see "
                            + home.resolve("elasticsearch.out"));
                }
                if (answers()) {
                    return;
                }
                Thread.sleep(500);
            }
            stop();
            throw new IllegalStateException("Elasticsearch did not answer on " + url() + " within 120 s");
        } catch (IOException e) {
            throw new UncheckedIOException("starting the test Elasticsearch failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean answers() {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=20s"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"timed_out\":true");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int port() {
        return Integer.parseInt(System.getProperty("kasvu.test.elasticsearch.port", "9250"));
    }

    /** The distribution under target/elasticsearch, unpacked on the first run; data from an earlier run is removed. */
    private static Path unpacked() throws IOException {
        Path zip = Path.of(required("kasvu.test.elasticsearch.distribution"));
        Path directory = Path.of(required("kasvu.test.elasticsearch.home"));
        Path home;
        try (var archive = new ZipFile(zip.toFile())) {
            String top = archive.stream().findFirst().orElseThrow().getName().split("/", 2)[0];
            home = directory.resolve(top);
            if (!Files.exists(home.resolve(".kasvu-unpacked"))) {
                delete(home);
                for (var entry : Collections.list(archive.entries())) {
                    Path target = directory.resolve(entry.getName()).normalize();
                    if (!target.startsWith(directory)) {
                        throw new IOException(entry.getName() + " would land outside " + directory);
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (var in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (entry.getName().contains("/bin/")) {
                        target.toFile().setExecutable(true, false);
                    }
                }
                Files.createFile(home.resolve(".kasvu-unpacked"));
            }
        }
        if (!started) {
            delete(home.resolve("data")); // a previous run's indices; a restart within the run keeps its data
            started = true;
        }
        return home;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(property + " is not set: run the tests through Maven, which fetches "
                    + "the Elasticsearch distribution and sets it");
        }
        return value;
    }

    private static void ensureUser() throws IOException {
        if (run("id", "-u", USER) != 0) {
            int created = run("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", USER);
            if (created != 0 && run("id", "-u", USER) != 0) {
                throw new IOException("could not create the user " + USER + " to run Elasticsearch as");
            }
        }
    }

    private static int run(String... command) throws IOException {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void destroyTree(Process root) {
        List<ProcessHandle> tree = Stream.concat(root.descendants(), Stream.of(root.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
