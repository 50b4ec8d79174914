package io.activityplatform.service.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.metrics.MetricNames;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A command's 2xx promise: every record it published is applied by the own view, each awaited with the
 * configured bound; once one misses its bound the answer is 202 at once, not after another bound per record.
 */
class ReadYourWritesTest {

    private static final Duration TIMEOUT = Duration.ofMillis(1234);

    private final List<String> awaited = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void allPositionsAppliedIsTrueAndEachWasAwaitedWithTheConfiguredBound() {
        ReadYourWrites ryw = readYourWrites(Set.of());

        boolean applied = ryw.awaitApplied(List.of(position(1), position(2))).await().atMost(Duration.ofSeconds(5));

        assertThat(applied).isTrue();
        assertThat(awaited).containsExactly("1 within " + TIMEOUT, "2 within " + TIMEOUT);
        assertThat(timer("applied").count()).isEqualTo(1);
    }

    @Test
    void theFirstPositionMissingItsBoundEndsTheWait() {
        ReadYourWrites ryw = readYourWrites(Set.of(2L));

        boolean applied = ryw.awaitApplied(List.of(position(1), position(2), position(3), position(4)))
                .await().atMost(Duration.ofSeconds(5));

        assertThat(applied).isFalse();
        assertThat(awaited).containsExactly("1 within " + TIMEOUT, "2 within " + TIMEOUT);
        assertThat(timer("timed_out").count()).isEqualTo(1);
        assertThat(registry.find(MetricNames.READ_YOUR_WRITES_WAIT).tag("outcome", "applied").timer()).isNull();
    }

    @Test
    void nothingPublishedIsTriviallyApplied() {
        assertThat(readYourWrites(Set.of()).awaitApplied(List.of()).await().atMost(Duration.ofSeconds(5))).isTrue();
        assertThat(awaited).isEmpty();
    }

    @Test
    void nothingIsAwaitedUntilSubscribed() {
        Uni<Boolean> lazy = readYourWrites(Set.of()).awaitApplied(List.of(position(1)));

        assertThat(awaited).isEmpty();
        lazy.await().atMost(Duration.ofSeconds(5));
        assertThat(awaited).hasSize(1);
    }

    private Timer timer(String outcome) {
        return registry.get(MetricNames.READ_YOUR_WRITES_WAIT).tag("outcome", outcome).timer();
    }

    private ReadYourWrites readYourWrites(Set<Long> late) {
        ProjectionWatermark watermark = new ProjectionWatermark(null) {
            @Override
            public Uni<Boolean> awaitApplied(RecordPosition position, Duration bound) {
                awaited.add(position.offset() + " within " + bound); // when asked, not when subscribed
                return Uni.createFrom().item(!late.contains(position.offset()));
            }
        };
        PlatformConfig config = new PlatformConfig() {
            @Override
            public String serviceName() {
                return "ryw-test";
            }

            @Override
            public Projection projection() {
                return null;
            }

            @Override
            public Duration readYourWritesTimeout() {
                return TIMEOUT;
            }

            @Override
            public Publishing publishing() {
                return null;
            }
        };
        return new ReadYourWrites(null, watermark, config, registry);
    }

    private static RecordPosition position(long offset) {
        return new RecordPosition("activity-events", 0, offset);
    }
}
