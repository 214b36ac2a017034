package fi.kasvu.provisioning.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Keycloak server run from an unpacked distribution: {@code kc.sh start-dev} on the JVM Kasvu runs on, its
 * output in a log file, its pid in a file while it runs, and stopped (with kc.sh's child JVM) at the JVM's exit at
 * the latest.
 */
final class KeycloakProcess {

    private final Process process;
    private final Path pidFile;
    private final Thread stopAtExit;

    private KeycloakProcess(Process process, Path pidFile) {
        this.process = process;
        this.pidFile = pidFile;
        // the hook does not wait for any lock: an exit while Keycloak is still starting must not wait for the start
        this.stopAtExit = new Thread(() -> destroyTree(process), "kasvu-keycloak-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    static KeycloakProcess start(Path home, KeycloakSettings settings, String adminPassword, Path logFile, Path pidFile)
            throws IOException {
        var command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + settings.managedPort(), "--hostname=" + settings.browserUrl()));
        if (settings.publicUrl() == null || settings.publicUrl().isBlank()) {
            command.add("--http-host=127.0.0.1"); // browsers on this machine only, unless a public URL says otherwise
        }
        var builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        var environment = builder.environment();
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", settings.adminUsername());
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_APPEND", "--add-opens=java.base/java.lang=ALL-UNNAMED");
        Process process = builder.start();
        process.getOutputStream().close();
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new KeycloakProcess(process, pidFile);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    void stop() {
        destroyTree(process);
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // the hook is running or about to, and finds nothing left to stop
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file only misleads a reader of an error message
        }
    }

    /** The end of the log, without the JDK's own warnings (sun.misc.Unsafe and the like), to put in an error. */
    static String lastLines(Path logFile) {
        try (Stream<String> lines = Files.lines(logFile, StandardCharsets.UTF_8)) {
            List<String> all = lines.filter(line -> !line.startsWith("WARNING: ")).toList();
            List<String> tail = all.subList(Math.max(0, all.size() - 15), all.size());
            return tail.isEmpty() ? "" : "; its last lines:\n  " + String.join("\n  ", tail);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    /** kc.sh runs Keycloak's JVM as its child: both go, politely first. */
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
}
