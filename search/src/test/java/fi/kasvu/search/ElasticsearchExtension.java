package fi.kasvu.search;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts the tests' Elasticsearch ({@link ManagedElasticsearch}) before a test class; it stops when the JVM ends. */
public final class ElasticsearchExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        ManagedElasticsearch.start();
    }
}
