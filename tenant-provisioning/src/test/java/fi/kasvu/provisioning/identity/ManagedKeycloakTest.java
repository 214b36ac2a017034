package fi.kasvu.provisioning.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.net.httpserver.HttpServer;
import fi.kasvu.platform.TestDatabaseInitializer;
import fi.kasvu.provisioning.ProvisioningTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(classes = ProvisioningTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ManagedKeycloakTest {

    @Autowired ManagedKeycloak keycloak;
    @Autowired KeycloakSettings settings;
    @Autowired fi.kasvu.platform.database.DatabaseSettings database;

    @TempDir Path dataDir;

    @Test
    void aSecondManagedKeycloakOnThePortUsesTheRunningOneAndStartsNoOther() {
        keycloak.ensureRunning();
        List<ProcessHandle> before = keycloakProcesses(settings.managedPort());
        assertThat(before).hasSize(1);

        var second = new ManagedKeycloak(settings, database.dataDir());
        second.ensureRunning();

        assertThat(second.startedHere()).isFalse();
        assertThat(keycloakProcesses(settings.managedPort())).isEqualTo(before);
        var admin = new KeycloakAdmin(second::adminAccess);
        assertThat(admin.find("reading the master realm", Map.class, "/master")).isPresent();
        second.close();
        assertThat(answers(keycloak.url())).as("closing a bean that found Keycloak running leaves it running").isTrue();
    }

    @Test
    void theAdminPasswordIsReadableByItsOwnerOnlyAndNeverLogged() throws IOException {
        keycloak.ensureRunning();
        String password = keycloak.adminPassword();

        assertThat(password).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keycloak.adminPasswordFile())))
                .isEqualTo("rw-------");
        if (Files.exists(keycloak.logFile())) {
            assertThat(Files.readString(keycloak.logFile(), StandardCharsets.ISO_8859_1)).doesNotContain(password);
        }
    }

    @Test
    void theOneItStartedIsStoppedWithItsChildProcessesWhenItCloses() throws IOException {
        int port = freePort();
        var managed = new ManagedKeycloak(settingsFor(port, fakeDistribution("sleep 60 &\nexec \"$JAVA_HOME/bin/java\" "
                + "\"$(dirname \"$0\")/FakeKeycloak.java\" \"$@\"")), dataDir);
        managed.ensureRunning();
        assertThat(managed.startedHere()).isTrue();
        assertThat(answers(managed.url())).isTrue();
        long pid = Long.parseLong(Files.readString(dataDir.resolve("keycloak/keycloak.pid")));
        List<ProcessHandle> tree = ProcessHandle.of(pid).orElseThrow().descendants().toList();
        assertThat(tree).isNotEmpty();

        managed.close();

        assertThat(answers(managed.url())).isFalse();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
        assertThat(dataDir.resolve("keycloak/keycloak.pid")).doesNotExist();
    }

    @Test
    void aKeycloakThatExitsAtOnceIsReportedWithItsLog() throws IOException {
        var managed = new ManagedKeycloak(settingsFor(freePort(), fakeDistribution("echo 'ERROR: port is haunted'\nexit 3")),
                dataDir);

        assertThatThrownBy(managed::ensureRunning).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Keycloak exited with code 3")
                .hasMessageContaining(dataDir.resolve("keycloak/keycloak.log").toString())
                .hasMessageContaining("ERROR: port is haunted");
    }

    @Test
    void somethingElseOnThePortIsAnErrorNotAKeycloakToReuse() throws IOException {
        HttpServer other = HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        other.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        other.start();
        try {
            var managed = new ManagedKeycloak(settingsFor(other.getAddress().getPort(), fakeDistribution("exit 0")), dataDir);
            assertThatThrownBy(managed::ensureRunning).hasMessageContaining("which is not Keycloak");
        } finally {
            other.stop(0);
        }
    }

    @Test
    void withoutADistributionItSaysWhereItLookedAndWhatToDo() {
        var managed = new ManagedKeycloak(settingsFor(freePort(), dataDir.resolve("missing.zip")), dataDir);

        assertThatThrownBy(managed::ensureRunning).hasMessageContaining("no Keycloak distribution to run")
                .hasMessageContaining("missing.zip").hasMessageContaining("kasvu.keycloak.url");
    }

    private static KeycloakSettings settingsFor(int port, Path distribution) {
        return new KeycloakSettings(null, "admin", null, "master", port, distribution, null, Duration.ofSeconds(30));
    }

    /** A distribution whose kc.sh runs the given script, next to a tiny server that answers like Keycloak. */
    private Path fakeDistribution(String script) throws IOException {
        Path zip = dataDir.resolve("fake-keycloak.zip");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("keycloak-fake/bin/kc.sh"));
            out.write(("#!/bin/sh\n" + script + "\n").getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("keycloak-fake/bin/FakeKeycloak.java"));
            out.write("""
                    import com.sun.net.httpserver.HttpServer;
                    import java.net.InetSocketAddress;
                    class FakeKeycloak {
                        public static void main(String[] args) throws Exception {
                            int port = 0;
                            for (String arg : args) {
                                if (arg.startsWith("--http-port=")) port = Integer.parseInt(arg.substring(12));
                            }
                            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
                            server.createContext("/realms/master", exchange -> {
                                byte[] body = "{\\"realm\\":\\"master\\"}".getBytes();
                                exchange.sendResponseHeaders(200, body.length);
                                exchange.getResponseBody().write(body);
                                exchange.close();
                            });
                            server.start();
                        }
                    }
                    """.getBytes(StandardCharsets.UTF_8));
        }
        return zip;
    }

    private static List<ProcessHandle> keycloakProcesses(int port) {
        return ProcessHandle.allProcesses().filter(process -> process.info().arguments()
                .map(arguments -> List.of(arguments).contains("--http-port=" + port)
                        && process.info().command().orElse("").endsWith("java"))
                .orElse(false)).toList();
    }

    private static boolean answers(URI keycloak) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
