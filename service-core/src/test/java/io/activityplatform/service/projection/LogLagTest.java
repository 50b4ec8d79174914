package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Lag counts the records the view has not applied, whatever the consumer's position says. */
class LogLagTest {

    private final TopicPartition p0 = new TopicPartition("activity-events", 0);
    private final TopicPartition p1 = new TopicPartition("activity-events", 1);

    @SuppressWarnings("deprecation")
    private MockConsumer<String, byte[]> consumer(long end0, long end1) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
        consumer.assign(List.of(p0, p1));
        consumer.updateBeginningOffsets(Map.of(p0, 0L, p1, 0L));
        consumer.updateEndOffsets(Map.of(p0, end0, p1, end1));
        return consumer;
    }

    @Test
    void recordsWaitingAndNothingAppliedIsLagNotZero() {
        MockConsumer<String, byte[]> consumer = consumer(3, 0);
        // The consumer already fetched past them (a batch that keeps failing): still lag.
        consumer.seek(p0, 3);

        assertThat(new LogLag().measure(consumer, Map.of(), true)).isEqualTo(3);
    }

    @Test
    void lagIsTheLogEndMinusTheAppliedOffsetPerPartition() {
        MockConsumer<String, byte[]> consumer = consumer(10, 5);

        assertThat(new LogLag().measure(consumer, Map.of("activity-events:0", 6L, "activity-events:1", 4L), true))
                .isEqualTo(3);
    }

    @Test
    void aViewThatAppliedEverythingHasNoLag() {
        MockConsumer<String, byte[]> consumer = consumer(10, 0);

        assertThat(new LogLag().measure(consumer, Map.of("activity-events:0", 9L), true)).isZero();
    }

    @Test
    void theLogEndsAreReadAgainAtLeastOnceASecondOrWhenForced() {
        MockConsumer<String, byte[]> consumer = consumer(2, 0);
        LogLag lag = new LogLag();
        assertThat(lag.measure(consumer, Map.of(), false)).isEqualTo(2);

        consumer.updateEndOffsets(Map.of(p0, 7L));

        assertThat(lag.measure(consumer, Map.of(), true)).isEqualTo(7);
    }
}
