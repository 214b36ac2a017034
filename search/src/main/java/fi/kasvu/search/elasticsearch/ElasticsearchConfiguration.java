package fi.kasvu.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Elasticsearch is the engine when {@code kasvu.search.elasticsearch.url} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${kasvu.search.elasticsearch.url:}'.isBlank()")
@EnableConfigurationProperties(ElasticsearchSettings.class)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchSettings settings) {
        int timeout = (int) settings.timeout().toMillis();
        return RestClient.builder(HttpHost.create(settings.url()))
                .setRequestConfigCallback(config -> config.setConnectTimeout(timeout).setSocketTimeout(timeout))
                .build();
    }

    @Bean
    ElasticsearchSearchIndex elasticsearchSearchIndex(RestClient restClient, ElasticsearchSettings settings) {
        var client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
        return new ElasticsearchSearchIndex(client, settings);
    }
}
