package io.activityplatform.messages.metrics;

import io.activityplatform.messages.domain.ExchangeRequest;
import io.activityplatform.messages.domain.ExchangeResponse;
import io.activityplatform.service.metrics.MetricNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Agent exchanges as meters: latency histogram, messages in and out, failures (any error answer: unknown
 * agent, busy, removed computer, a broken database). Also the delivery claims this service wins and loses.
 */
@ApplicationScoped
public class ExchangeMetrics {

    private final Timer exchanges;
    private final Counter messagesIn;
    private final Counter messagesOut;
    private final Counter failures;
    private final Counter claimsWon;
    private final Counter claimsLost;

    public ExchangeMetrics(MeterRegistry registry) {
        this.exchanges = Timer.builder(MetricNames.AGENT_EXCHANGE).description("one agent exchange")
                .publishPercentileHistogram().register(registry);
        this.messagesIn = registry.counter(MetricNames.AGENT_MESSAGES, MetricNames.TAG_DIRECTION, "in");
        this.messagesOut = registry.counter(MetricNames.AGENT_MESSAGES, MetricNames.TAG_DIRECTION, "out");
        this.failures = registry.counter(MetricNames.AGENT_EXCHANGE_FAILURES);
        this.claimsWon = registry.counter(MetricNames.CLAIMS, MetricNames.TAG_OUTCOME, MetricNames.WON);
        this.claimsLost = registry.counter(MetricNames.CLAIMS, MetricNames.TAG_OUTCOME, MetricNames.LOST);
    }

    /** Times the exchange from subscription to its answer or failure, and counts its messages. */
    public Uni<ExchangeResponse> observe(ExchangeRequest request, Supplier<Uni<ExchangeResponse>> exchange) {
        return Uni.createFrom().deferred(() -> {
            long started = System.nanoTime();
            messagesIn.increment(request.messages() == null ? 0 : request.messages().size());
            return exchange.get()
                    .invoke(response -> messagesOut.increment(response.messages().size()))
                    .onFailure().invoke(e -> failures.increment())
                    .onTermination().invoke(() -> exchanges.record(System.nanoTime() - started, TimeUnit.NANOSECONDS));
        });
    }

    public void claims(int attempted, int won) {
        claimsWon.increment(won);
        claimsLost.increment(Math.max(0, attempted - won));
    }
}
