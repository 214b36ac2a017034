package fi.kasvu.platform.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Kasvu keeps its data and which PostgreSQL clusters tenants may be placed on.
 *
 * @param dataDir     files of the embedded default (its PostgreSQL data lives in {@code <dataDir>/postgres})
 * @param embeddedPort port of the embedded PostgreSQL; 0 picks a free one at each start
 * @param clusters    further clusters by name; the cluster {@value DatabaseClusters#PRIMARY} is always the
 *                    application's own data source
 */
@ConfigurationProperties("kasvu")
public record DatabaseSettings(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") int embeddedPort,
        Map<String, ClusterSettings> clusters) {

    public DatabaseSettings {
        clusters = clusters == null ? Map.of() : Map.copyOf(clusters);
    }

    /** A further PostgreSQL cluster: its JDBC URL, credentials and pool size. */
    public record ClusterSettings(String url, String username, String password,
                                  @DefaultValue("10") int maxPoolSize) {
    }
}
