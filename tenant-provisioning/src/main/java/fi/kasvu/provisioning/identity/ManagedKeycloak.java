package fi.kasvu.provisioning.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Keycloak of the embedded default, in the manner of Quarkus Dev Services: with no {@code kasvu.keycloak.url},
 * Kasvu runs the Keycloak distribution from Maven Central as a child process with its data under
 * {@code <data-dir>/keycloak}. A Keycloak already answering on the port (left by an earlier run, or started by
 * another test context or test JVM) is used as it is; only the one started here is stopped, when this bean closes
 * or the JVM exits.
 */
public final class ManagedKeycloak implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedKeycloak.class);

    /** Contexts of one JVM (tests cache several) must not start two servers on one port at once. */
    private static final Object STARTING = new Object();

    private final KeycloakSettings settings;
    private final Path directory;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private volatile KeycloakProcess process;
    private boolean foundRunning;

    ManagedKeycloak(KeycloakSettings settings, Path dataDir) {
        this.settings = settings;
        this.directory = dataDir.toAbsolutePath().normalize().resolve("keycloak");
    }

    /** Keycloak's base URL, for Kasvu and for browsers on this machine. */
    public URI url() {
        return settings.serverUrl();
    }

    public URI adminConsole() {
        return URI.create(settings.browserUrl() + "/admin/");
    }

    public String adminUsername() {
        return settings.adminUsername();
    }

    /** The file holding the master realm's admin password (readable by the owner only). */
    public Path adminPasswordFile() {
        return directory.resolve("admin-password");
    }

    public Path logFile() {
        return directory.resolve("keycloak.log");
    }

    /** Whether the server this bean uses was started by it, rather than found running. */
    public boolean startedHere() {
        KeycloakProcess started = process;
        return started != null && started.isAlive();
    }

    /** Starts Keycloak on another thread, so that it boots while the rest of the application does. */
    public CompletableFuture<Void> startInBackground() {
        return CompletableFuture.runAsync(this::ensureRunning, runnable -> {
            Thread thread = new Thread(runnable, "kasvu-keycloak-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Makes sure Keycloak answers: the one found on the port, or one started now and waited for. */
    public void ensureRunning() {
        synchronized (STARTING) {
            if (startedHere()) {
                return;
            }
            try {
                Files.createDirectories(directory);
                try (var channel = FileChannel.open(directory.resolve(".start.lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE); var lock = channel.lock()) {
                    // another JVM on the same data directory holds the lock until its Keycloak answers
                    if (answers()) {
                        if (!foundRunning) {
                            log.info("using the Keycloak already running at {}", url());
                            foundRunning = true;
                        }
                        return;
                    }
                    start(KeycloakDistribution.unpacked(settings.distribution(), directory));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("starting the managed Keycloak in " + directory + " failed", e);
            }
        }
    }

    /** Stops the Keycloak this bean started, if any; one found running is left alone. */
    @Override
    public void close() {
        synchronized (STARTING) {
            KeycloakProcess started = process;
            process = null;
            if (started != null) {
                started.stop();
                log.info("stopped the Keycloak started at {}", url());
            }
        }
    }

    AdminAccess adminAccess() {
        ensureRunning();
        return new AdminAccess(url(), "master", adminUsername(), adminPassword(),
                "the managed Keycloak at " + url() + " was set up with the password in " + adminPasswordFile()
                        + "; a Keycloak on that port with another password (pid in " + pidFile()
                        + ") must be stopped, or kasvu.keycloak.managed-port changed");
    }

    /** The stored admin password; the first call makes one up. It never appears in a log. */
    String adminPassword() {
        Path file = adminPasswordFile();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(directory);
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the managed Keycloak's admin password from " + file + " failed", e);
        }
    }

    private void start(Path home) throws IOException {
        long started = System.nanoTime();
        log.info("starting Keycloak on {} (log: {})", url(), logFile());
        process = KeycloakProcess.start(home, settings, adminPassword(), logFile(), pidFile());
        long deadline = started + settings.startTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                int exit = process.exitValue();
                close();
                throw new IllegalStateException("Keycloak exited with code " + exit + " before answering on " + url()
                        + "; see its log " + logFile() + KeycloakProcess.lastLines(logFile()));
            }
            if (answers()) {
                log.info("Keycloak answers on {} after {} s", url(), (System.nanoTime() - started) / 1_000_000_000);
                return;
            }
            pause();
        }
        close();
        throw new IllegalStateException("Keycloak did not answer on " + url() + " within "
                + settings.startTimeout().toSeconds() + " s and was stopped (kasvu.keycloak.start-timeout); see its log "
                + logFile() + KeycloakProcess.lastLines(logFile()));
    }

    /** Whether a Keycloak answers on the port; something else there is an error rather than a reason to wait. */
    private boolean answers() {
        URI master = URI.create(url() + "/realms/master");
        try {
            HttpResponse<String> response = probe.send(HttpRequest.newBuilder(master).timeout(Duration.ofSeconds(5))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 && response.body().contains("\"realm\":\"master\"")) {
                return true;
            }
            if (startedHere()) {
                return false; // ours, still starting
            }
            throw new IllegalStateException("port " + settings.managedPort() + " answers " + response.statusCode()
                    + " to " + master + ", which is not Keycloak; stop what runs there or set kasvu.keycloak.managed-port");
        } catch (IOException nothingThere) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }

    private Path pidFile() {
        return directory.resolve("keycloak.pid");
    }

    private static void pause() {
        try {
            Thread.sleep(Duration.ofMillis(500));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Keycloak", e);
        }
    }
}
