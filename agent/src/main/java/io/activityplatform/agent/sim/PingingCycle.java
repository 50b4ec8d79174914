package io.activityplatform.agent.sim;

import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.agent.run.Backoff;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One simulated agent paced as {@code AgentLoop} paces a real one ({@link Simulator#startPinging}): exchange,
 * then ping every {@code pingEvery} until the server's exchange interval is up, the ping says messages wait,
 * or a finished operation has something to report. Each step schedules the next on the shared pool, so a
 * thousand agents need no thread each.
 */
final class PingingCycle {

    private final Simulator simulator;
    private final Agent agent;
    private final long pingMillis;
    private final ScheduledExecutorService pool;
    /** Written and read only by this agent's steps, which run one after another (the pool orders them). */
    private long exchangeDue;

    PingingCycle(Simulator simulator, Agent agent, Duration pingEvery, ScheduledExecutorService pool) {
        this.simulator = simulator;
        this.agent = agent;
        this.pingMillis = pingEvery.toMillis();
        this.pool = pool;
    }

    void exchange(int failed) {
        exchange(failed, false);
    }

    /** @param reporting this exchange follows the last one at once, to report what it left to send */
    private void exchange(int failed, boolean reporting) {
        try {
            ExchangeResponse response = simulator.timed(agent);
            if (agent.moreToSend() || agent.hasMessagesToSend()) {
                // at once, as the loop's wakeup does; but never twice in a row, so a server that keeps
                // acknowledging nothing is asked at most twice per ping interval, not in a tight loop
                later(() -> exchange(0, !reporting), reporting ? pingMillis : 0);
                return;
            }
            exchangeDue = System.nanoTime() + TimeUnit.SECONDS.toNanos(response.exchangeIntervalSeconds());
            later(this::ping, pingMillis);
        } catch (IOException | RuntimeException e) {
            simulator.failed(agent, e);
            later(() -> exchange(failed + 1), Backoff.DEFAULT.after(failed + 1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void ping() {
        try {
            if (agent.hasMessagesToSend() || System.nanoTime() - exchangeDue >= 0 || messagesWait()) {
                exchange(0);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        later(this::ping, pingMillis);
    }

    private boolean messagesWait() throws InterruptedException {
        simulator.pinged();
        try {
            return agent.ping();
        } catch (IOException | RuntimeException e) {
            return false; // as the loop does: the exchange when due tells whether the server is sick
        }
    }

    private void later(Runnable step, long delayMillis) {
        if (!pool.isShutdown()) {
            pool.schedule(step, delayMillis, TimeUnit.MILLISECONDS);
        }
    }
}
