package io.activityplatform.service.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GaugeTableTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final GaugeTable table = new GaugeTable(registry, MetricNames.VIEW_ACTIVITIES, "status", "kind");

    @Test
    void declaredSeriesExistAtZeroBeforeTheFirstRefresh() {
        table.declare("QUEUED", "CLIENT");
        assertThat(registry.get(MetricNames.VIEW_ACTIVITIES).tags("status", "QUEUED", "kind", "CLIENT").gauge().value())
                .isZero();
    }

    @Test
    void aRefreshSetsValuesAndDropsAbsentCombinationsToZero() {
        table.refresh(Map.of(List.of("QUEUED", "CLIENT"), 3L, List.of("FAILED", "SERVER"), 1L));
        table.refresh(Map.of(List.of("QUEUED", "CLIENT"), 5L));
        assertThat(registry.get(MetricNames.VIEW_ACTIVITIES).tags("status", "QUEUED", "kind", "CLIENT").gauge().value())
                .isEqualTo(5.0);
        assertThat(registry.get(MetricNames.VIEW_ACTIVITIES).tags("status", "FAILED", "kind", "SERVER").gauge().value())
                .isZero();
        assertThat(table.value("QUEUED", "CLIENT")).isEqualTo(5);
    }

    @Test
    void theWrongNumberOfTagsIsRefused() {
        assertThatThrownBy(() -> table.declare("QUEUED")).isInstanceOf(IllegalArgumentException.class);
    }
}
