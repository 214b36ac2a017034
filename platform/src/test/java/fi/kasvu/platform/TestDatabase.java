package fi.kasvu.platform;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The real PostgreSQL the tests run on: the server named by {@code KASVU_TEST_DB_URL}, else the one on
 * 127.0.0.1:5432 where one runs, else an embedded one started here. Each test JVM gets a database of its own,
 * dropped when the JVM ends, so runs never see each other's tenants.
 */
public final class TestDatabase {

    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private static volatile TestDatabase instance;

    private final String serverUrl;
    private final String user;
    private final String database;

    private TestDatabase(String serverUrl, String user) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.database = createDatabase();
    }

    /** Another empty database on the same server, for tests that need a registry of their own; dropped at exit. */
    public String newDatabaseUrl() {
        return urlOf(createDatabase());
    }

    private String createDatabase() {
        String name = "kasvu_test_" + UUID.randomUUID().toString().substring(0, 8);
        execute("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        return name;
    }

    public static TestDatabase get() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    public String jdbcUrl() {
        return urlOf(database);
    }

    private String urlOf(String name) {
        return serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
    }

    public String user() {
        return user;
    }

    public String serverUrl() {
        return serverUrl;
    }

    private static TestDatabase start() {
        String configured = System.getenv("KASVU_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            return new TestDatabase(configured, env("KASVU_TEST_DB_USER", "postgres"));
        }
        if (listening("127.0.0.1", 5432)) {
            return new TestDatabase(LOCAL_SERVER, "postgres");
        }
        try {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(tmp);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
            return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL for the tests: none on 127.0.0.1:5432 and the embedded one did not start", e);
        }
    }

    private void execute(String sql) {
        try (var connection = DriverManager.getConnection(serverUrl, user, "");
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql.toLowerCase(Locale.ROOT) + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean listening(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
