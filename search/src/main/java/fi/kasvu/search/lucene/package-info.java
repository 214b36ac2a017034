/**
 * The embedded Lucene adapter, Kasvu's default: one index directory per tenant under {@code <data-dir>/search/lucene},
 * with Finnish, Swedish and English analysis from lucene-analysis-common.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lucene search")
package fi.kasvu.search.lucene;
