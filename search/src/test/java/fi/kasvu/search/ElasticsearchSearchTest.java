package fi.kasvu.search;

import java.util.UUID;
import java.time.LocalDate;

import fi.kasvu.search.elasticsearch.ElasticsearchSearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract on a real Elasticsearch (the Maven Central distribution, see {@link ManagedElasticsearch}). */
@ExtendWith(ElasticsearchExtension.class)
class ElasticsearchSearchTest extends SearchIndexContract {

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry properties) {
        properties.add("kasvu.search.elasticsearch.url", ManagedElasticsearch::url);
        properties.add("kasvu.search.elasticsearch.replicas", () -> "0");
    }

    @Test
    void elasticsearchIsTheEngineWhenItsAddressIsSet() {
        assertThat(index).isInstanceOf(ElasticsearchSearchIndex.class);
    }

    @Test
    void changesMadeWhileElasticsearchIsDownArriveWhenItIsBack() {
        ManagedElasticsearch.stop();
        UUID saara;
        try {
            saara = roster.pupil("Saara", "Outinen", null, class7a, LocalDate.now().minusYears(13));
            roster.sql("UPDATE person SET given_name = 'Aino-Maria' WHERE id = ?::uuid", aino);
            long waiting = indexing.pending(vantaa);
            assertThat(waiting).isPositive();
            assertThatThrownBy(() -> indexing.drain(vantaa)).isInstanceOf(SearchUnavailableException.class)
                    .hasMessageNotContaining("Outinen");
            assertThat(indexing.pending(vantaa)).as("the outbox keeps every change").isEqualTo(waiting);
            assertThatThrownBy(() -> asCityAdmin("outinen")).isInstanceOf(SearchUnavailableException.class);
        } finally {
            ManagedElasticsearch.start();
        }
        indexing.drain(vantaa);
        assertThat(indexing.pending(vantaa)).isZero();
        assertThat(asCityAdmin("outinen")).containsExactly("Saara Outinen");
        assertThat(asCityAdmin("aino-maria")).containsExactly("Aino-Maria Virtanen");
        assertThat(titles("outinen", "t-tero", "teacher")).containsExactly("Saara Outinen");
        roster.sql("UPDATE person SET given_name = 'Aino' WHERE id = ?::uuid", aino);
        roster.sql("DELETE FROM enrollment WHERE person_id = ?::uuid", saara);
        roster.sql("DELETE FROM person WHERE id = ?::uuid", saara);
        indexing.drain(vantaa);
    }
}
