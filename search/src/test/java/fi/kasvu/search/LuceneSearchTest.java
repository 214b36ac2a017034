package fi.kasvu.search;

import fi.kasvu.search.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on embedded Lucene, Kasvu's default engine. */
class LuceneSearchTest extends SearchIndexContract {

    @Test
    void luceneIsTheDefaultEngine() {
        assertThat(index).isInstanceOf(LuceneSearchIndex.class);
        assertThat(search.engine()).startsWith("Lucene");
    }
}
