/**
 * Full-text search over a municipality's data: the SearchIndex port and its Lucene and Elasticsearch adapters
 * (issue 7; nothing is indexed yet).
 */
package fi.kasvu.search;
