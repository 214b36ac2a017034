package fi.kasvu.search.lucene;

import java.nio.file.Path;

import fi.kasvu.search.SearchIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lucene is the engine unless {@code kasvu.search.elasticsearch.url} names an Elasticsearch. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${kasvu.search.elasticsearch.url:}'.isBlank()")
class LuceneConfiguration {

    @Bean(destroyMethod = "close")
    LuceneSearchIndex luceneSearchIndex(@Value("${kasvu.search.lucene.directory:${kasvu.data-dir:./data}/search/lucene}")
                                        Path directory) {
        return new LuceneSearchIndex(directory);
    }
}
