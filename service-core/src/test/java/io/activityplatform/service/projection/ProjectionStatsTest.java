package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.fold.Rejection;
import io.activityplatform.service.metrics.MetricNames;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The projection's meters without a service: every name and tag value comes from {@link MetricNames} (the one
 * place dashboards and docs read), and the snapshot reads back exactly what was counted.
 */
class ProjectionStatsTest {

    private SimpleMeterRegistry registry;
    private ProjectionStats stats;

    @BeforeEach
    void setUp() {
        registry = new SimpleMeterRegistry();
        stats = new ProjectionStats(registry);
    }

    private static Set<String> constants() {
        return Arrays.stream(MetricNames.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(ProjectionStatsTest::value).collect(Collectors.toSet());
    }

    /** Touches every meter ProjectionStats can create. */
    private void exerciseEverything() {
        stats.batchWritten(new ProjectionBatch(List.of(), List.of(), Map.of()), 0, 1_000);
        stats.folded(MetricNames.APPLIED, MetricNames.NONE);
        stats.batchCommitted(1, 0, 0, 2, 3);
        stats.failed(new IllegalStateException("database down"));
        stats.partitionLag("activity-events", 4, 17);
        stats.stateLoads(new RecentStates(1));
    }

    @Test
    void stateLoadsCountHitsAndMissesOfTheRecentStates() {
        RecentStates recent = new RecentStates(0);
        stats.stateLoads(recent);
        recent.split(List.of(java.util.UUID.randomUUID(), java.util.UUID.randomUUID()), new java.util.HashMap<>(),
                new java.util.ArrayList<>());

        assertThat(registry.get(MetricNames.PROJECTION_STATE_LOADS).tag(MetricNames.TAG_OUTCOME, "miss")
                .functionCounter().count()).isEqualTo(2.0);
        assertThat(registry.get(MetricNames.PROJECTION_STATE_LOADS).tag(MetricNames.TAG_OUTCOME, "hit")
                .functionCounter().count()).isZero();
    }

    @Test
    void everyMeterNameAndTagIsAMetricNamesConstant() {
        exerciseEverything();

        Set<String> constants = constants();
        List<Meter> meters = registry.getMeters();
        assertThat(meters).hasSizeGreaterThanOrEqualTo(7);
        assertThat(meters).allSatisfy(meter -> {
            assertThat(constants).as("meter name %s", meter.getId().getName()).contains(meter.getId().getName());
            meter.getId().getTags().forEach(tag -> assertThat(constants).as("tag key of %s", meter.getId())
                    .contains(tag.getKey()));
        });
    }

    @Test
    void everyReasonTagIsNoneARejectionOrUnstorable() {
        exerciseEverything();

        Set<String> allowed = Stream.concat(Arrays.stream(Rejection.values()).map(Rejection::name),
                Stream.of(MetricNames.NONE, MetricNames.UNSTORABLE)).collect(Collectors.toSet());
        assertThat(registry.find(MetricNames.PROJECTION_EVENTS).counters()).isNotEmpty()
                .allSatisfy(c -> assertThat(allowed).contains(c.getId().getTag(MetricNames.TAG_REASON)));
    }

    @Test
    void quarantinedRecordsAreCountedUnderTheirOwnOutcomeNotAsRejected() {
        stats.batchCommitted(10, 0, 0, 4, 0);

        assertThat(registry.get(MetricNames.PROJECTION_EVENTS).tag(MetricNames.TAG_OUTCOME, MetricNames.QUARANTINED)
                .tag(MetricNames.TAG_REASON, MetricNames.UNSTORABLE).counter().count()).isEqualTo(4.0);
        ProjectionStats.Snapshot snapshot = stats.snapshot();
        assertThat(snapshot.quarantined()).isEqualTo(4);
        assertThat(snapshot.rejected()).isZero();
        assertThat(snapshot.events()).isZero();
        assertThat(snapshot.batches()).isEqualTo(1);
    }

    @Test
    void aBatchWithoutQuarantineCreatesNoQuarantineSeries() {
        stats.batchCommitted(10, 0, 0, 0, 2);

        assertThat(registry.find(MetricNames.PROJECTION_EVENTS).counters()).isEmpty();
        assertThat(registry.get(MetricNames.PROJECTION_REPLAYS_SKIPPED).counter().count()).isEqualTo(2.0);
        assertThat(registry.get(MetricNames.PROJECTION_BATCHES).counter().count()).isEqualTo(1.0);
    }

    @Test
    void theSnapshotSumsOutcomesAndSeparatesMalformedFromOtherRejections() {
        stats.folded(MetricNames.APPLIED, MetricNames.NONE);
        stats.folded(MetricNames.APPLIED, MetricNames.NONE);
        stats.folded(MetricNames.REJECTED, Rejection.MALFORMED.name());
        stats.folded(MetricNames.REJECTED, Rejection.VERSION_CONFLICT.name());
        stats.folded(MetricNames.REJECTED, Rejection.VERSION_CONFLICT.name());

        ProjectionStats.Snapshot snapshot = stats.snapshot();

        assertThat(snapshot.events()).isEqualTo(5);
        assertThat(snapshot.rejected()).isEqualTo(3);
        assertThat(snapshot.malformed()).isEqualTo(1);
    }

    @Test
    void aFailureMarksUnhealthyUntilTheNextCommittedBatch() {
        stats.failed(new IllegalStateException("connection refused"));

        assertThat(stats.snapshot().healthy()).isFalse();
        assertThat(stats.snapshot().lastError()).isEqualTo("connection refused");
        assertThat(stats.snapshot().lastErrorAt()).isNotNull();
        assertThat(registry.get(MetricNames.PROJECTION_FAILURES).counter().count()).isEqualTo(1.0);

        stats.batchCommitted(1, 0, 0, 0, 0);

        assertThat(stats.snapshot().healthy()).isTrue();
        assertThat(stats.snapshot().lastError()).as("the last error stays visible").isEqualTo("connection refused");
    }

    @Test
    void theLagKeepsItsMaximumAndEachPartitionHasItsOwnGauge() {
        stats.lag(40);
        stats.lag(5);
        stats.partitionLag("activity-events", 0, 3);
        stats.partitionLag("activity-events", 1, 9);
        stats.partitionLag("activity-events", 0, 1);

        assertThat(stats.snapshot().lag()).isEqualTo(5);
        assertThat(stats.snapshot().maxLag()).isEqualTo(40);
        assertThat(registry.get(MetricNames.PROJECTION_LAG).tag(MetricNames.TAG_PARTITION, "0").gauge().value())
                .isEqualTo(1.0);
        assertThat(registry.get(MetricNames.PROJECTION_LAG).tag(MetricNames.TAG_PARTITION, "1").gauge().value())
                .isEqualTo(9.0);
        assertThat(registry.find(MetricNames.PROJECTION_LAG).gauges()).hasSize(2);
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
