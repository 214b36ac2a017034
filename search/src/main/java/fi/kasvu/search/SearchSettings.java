package fi.kasvu.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the indexer drains the outboxes.
 *
 * @param indexerEnabled  whether this node drains outboxes in the background
 * @param interval        how often it looks at every active tenant's outbox
 * @param batchSize       outbox rows handled per transaction
 * @param maxBackoff      the longest wait between attempts while the engine does not answer
 */
@ConfigurationProperties("kasvu.search")
public record SearchSettings(
        @DefaultValue("true") boolean indexerEnabled,
        @DefaultValue("1s") Duration interval,
        @DefaultValue("5000") int batchSize,
        @DefaultValue("60s") Duration maxBackoff) {
}
