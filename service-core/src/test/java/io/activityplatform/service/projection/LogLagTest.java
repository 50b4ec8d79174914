package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * Lag counts the records the view has not applied, whatever the consumer's position says, and measuring it
 * asks the broker nothing on the way (only a partition's log start, once, while nothing of it is applied).
 */
class LogLagTest {

    private final TopicPartition p0 = new TopicPartition("activity-events", 0);
    private final TopicPartition p1 = new TopicPartition("activity-events", 1);

    /** Counts the broker requests for log ends and starts that lag measuring makes. */
    @SuppressWarnings("deprecation")
    static final class CountingConsumer extends MockConsumer<String, byte[]> {
        final AtomicInteger endRequests = new AtomicInteger();
        final AtomicInteger startRequests = new AtomicInteger();

        CountingConsumer() {
            super(OffsetResetStrategy.EARLIEST);
        }

        @Override
        public synchronized Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions,
                Duration timeout) {
            endRequests.incrementAndGet();
            return super.endOffsets(partitions, timeout);
        }

        @Override
        public synchronized Map<TopicPartition, Long> beginningOffsets(Collection<TopicPartition> partitions,
                Duration timeout) {
            startRequests.incrementAndGet();
            return super.beginningOffsets(partitions, timeout);
        }
    }

    private CountingConsumer consumer(long end0, long end1) {
        CountingConsumer consumer = new CountingConsumer();
        consumer.assign(List.of(p0, p1));
        consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
        consumer.updateEndOffsets(Map.of(p0, end0, p1, end1));
        consumer.seek(p0, 0);
        consumer.seek(p1, 0);
        return consumer;
    }

    @Test
    void recordsWaitingAndNothingAppliedIsLagNotZero() {
        CountingConsumer consumer = consumer(3, 0);
        // The consumer already fetched past them (a batch that keeps failing): still lag.
        consumer.seek(p0, 3);

        assertThat(new LogLag().measure(consumer, Map.of())).isEqualTo(3);
    }

    @Test
    void lagIsTheLogEndMinusTheAppliedOffsetPerPartition() {
        CountingConsumer consumer = consumer(10, 5);

        assertThat(new LogLag().measure(consumer, Map.of("activity-events:0", 6L, "activity-events:1", 4L)))
                .isEqualTo(3);
    }

    @Test
    void aViewThatAppliedEverythingHasNoLag() {
        CountingConsumer consumer = consumer(10, 0);

        assertThat(new LogLag().measure(consumer, Map.of("activity-events:0", 9L, "activity-events:1", -1L)))
                .isZero();
    }

    @Test
    void logEndsFollowTheFetchesWithoutAskingTheBroker() {
        CountingConsumer consumer = consumer(2, 0);
        LogLag lag = new LogLag();
        assertThat(lag.measure(consumer, Map.of())).isEqualTo(2);

        consumer.updateEndOffsets(Map.of(p0, 7L)); // a later fetch saw a higher watermark
        for (int i = 0; i < 50; i++) {
            assertThat(lag.measure(consumer, Map.of("activity-events:1", -1L))).isEqualTo(7);
        }

        assertThat(consumer.endRequests.get()).isZero();
        assertThat(consumer.startRequests.get()).isEqualTo(1);
    }

    @Test
    void aPartitionWithAppliedRecordsNeverAsksForItsStart() {
        CountingConsumer consumer = consumer(4, 6);

        new LogLag().measure(consumer, Map.of("activity-events:0", 1L, "activity-events:1", 2L));

        assertThat(consumer.startRequests.get()).isZero();
    }

    @Test
    void aLogWhoseStartWasDeletedCountsFromItsStart() {
        CountingConsumer consumer = consumer(10, 0);
        consumer.updateBeginningOffsets(Map.of(p0, 8L, p1, 0L));
        consumer.seek(p0, 8);

        assertThat(new LogLag().measure(consumer, Map.of("activity-events:1", -1L))).isEqualTo(2);
    }
}
