package io.activityplatform.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateBatchOptionsTest {

    @Test
    void serverCreatesGoInBatchesOf500FourInFlightUnlessToldOtherwise() {
        BenchOptions defaults = BenchOptions.from(Map.of());
        assertThat(defaults.createBatch()).isEqualTo(500);
        assertThat(defaults.batchConcurrency()).isEqualTo(4);

        BenchOptions single = BenchOptions.from(Map.of("bench.create-batch", "1", "bench.batch-concurrency", "2"));
        assertThat(single.createBatch()).isEqualTo(1);
        assertThat(single.batchConcurrency()).isEqualTo(2);
    }

    @Test
    void aBatchOfNothingIsRefused() {
        assertThatThrownBy(() -> BenchOptions.from(Map.of("bench.create-batch", "0")))
                .hasMessageContaining("bench.create-batch");
    }
}
