package io.activityplatform.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples every service's projection lag once a second and keeps the largest seen. */
final class LagSampler implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong max = new AtomicLong();

    static LagSampler start(RunningPlatform platform) {
        LagSampler sampler = new LagSampler();
        sampler.timer.scheduleWithFixedDelay(() -> platform.endpoints().forEach(s -> {
            try {
                JsonNode status = Http.get(s.resolve("/admin/projection")).body();
                sampler.max.accumulateAndGet(status.path("stats").path("lag").asLong(), Math::max);
            } catch (RuntimeException e) {
                // a service down during a fault has no lag to report
            }
        }), 0, 1, TimeUnit.SECONDS);
        return sampler;
    }

    long max() {
        return max.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
