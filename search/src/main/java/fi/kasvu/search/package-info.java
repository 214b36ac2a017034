/**
 * Full-text search over a municipality's data (haku): the {@link fi.kasvu.search.SearchIndex} port, the documents and
 * who may see them, the outbox indexer and the reindex job; the Lucene and Elasticsearch adapters live below.
 */
package fi.kasvu.search;
