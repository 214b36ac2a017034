package fi.kasvu.platform.database;

/**
 * Present when Kasvu runs on its embedded PostgreSQL (the default with no database configured).
 */
public record EmbeddedDatabase(int port) {

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }
}
