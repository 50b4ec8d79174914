package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** Where the projection resumes: just past the view's offsets, or from the start of the log. */
class AppliedOffsetsTest {

    private static final TopicPartition P0 = new TopicPartition("activity-events", 0);
    private static final TopicPartition P1 = new TopicPartition("activity-events", 1);

    private final AppliedOffsets offsets = new AppliedOffsets();
    private final MockConsumer<String, byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);

    private void assign() {
        consumer.assign(List.of(P0, P1));
        consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    }

    @Test
    void seeksJustPastTheStoredOffsetAndToTheStartWhereThereIsNone() {
        assign();
        offsets.adopt(List.of(P0, P1), Map.of("activity-events:0", 41L));

        offsets.seek(consumer, List.of(P0, P1));

        assertThat(consumer.position(P0)).isEqualTo(42);
        assertThat(consumer.position(P1)).isZero();
    }

    @Test
    void advancingMovesTheSeekTargetAndTheReplayGuard() {
        assign();
        offsets.advance("activity-events", 1, 9);

        offsets.seek(consumer, List.of(P1));

        assertThat(consumer.position(P1)).isEqualTo(10);
        assertThat(offsets.snapshot()).containsEntry("activity-events:1", 9L);
    }

    @Test
    void adoptingAPartitionWithoutStoredOffsetForgetsAnOldOne() {
        offsets.advance("activity-events", 0, 5);

        offsets.adopt(List.of(P0), Map.of());

        assertThat(offsets.snapshot()).doesNotContainKey("activity-events:0");
    }

    @Test
    void revokedPartitionsAreForgottenAndClearForgetsAll() {
        offsets.advance("activity-events", 0, 5);
        offsets.advance("activity-events", 1, 6);

        offsets.forget(List.of(P0));
        assertThat(offsets.snapshot()).containsOnlyKeys("activity-events:1");

        offsets.clear();
        assertThat(offsets.snapshot()).isEmpty();
    }
}
