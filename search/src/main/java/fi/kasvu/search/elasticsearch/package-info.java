/**
 * The Elasticsearch adapter, through the official Java client (the only package that imports it): one index per tenant
 * behind an alias {@code <prefix>-<slug>}, with the mappings Kasvu creates, so a reindex swaps the alias.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Elasticsearch search")
package fi.kasvu.search.elasticsearch;
