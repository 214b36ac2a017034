package fi.kasvu.search.elasticsearch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is and how Kasvu's indices are made.
 *
 * @param url         the cluster's HTTP address; set, it makes Elasticsearch the engine
 * @param indexPrefix names every Kasvu index and alias ({@code <prefix>-<slug>}), so several deployments can share one
 * @param analyzer    the analyzer of the free-text field: {@code standard} everywhere, a language one ({@code finnish})
 *                    where the cluster has it. Names always use {@code standard}.
 * @param replicas    replicas of each tenant's index
 * @param timeout     connect and socket timeout of the client
 */
@ConfigurationProperties("kasvu.search.elasticsearch")
record ElasticsearchSettings(
        String url,
        @DefaultValue("kasvu") String indexPrefix,
        @DefaultValue("standard") String analyzer,
        @DefaultValue("1") int replicas,
        @DefaultValue("10s") Duration timeout) {
}
