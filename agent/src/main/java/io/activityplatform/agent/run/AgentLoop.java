package io.activityplatform.agent.run;

import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.ServerException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The {@code run} loop: exchange, then wait for the interval the server told, pinging meanwhile (and
 * exchanging at once when the ping says messages wait or an operation finished). Server trouble means backoff
 * and retry; a refusal (unknown computer, clone suspicion) stops the loop: the operator must act.
 */
public class AgentLoop {

    private static final Logger LOG = Logger.getLogger(AgentLoop.class.getName());

    private final Agent agent;
    private final Backoff backoff;
    private volatile boolean stopped;

    public AgentLoop(Agent agent, Backoff backoff) {
        this.agent = agent;
        this.backoff = backoff;
    }

    public void stop() {
        stopped = true;
        agent.wakeup().signal();
    }

    public void run() throws InterruptedException {
        Duration interval = Duration.ofSeconds(60);
        Duration ping = Duration.ofSeconds(10);
        int failures = 0;
        while (!stopped) {
            try {
                ExchangeResponse response = agent.exchangeOnce();
                interval = Duration.ofSeconds(Math.max(1, response.exchangeIntervalSeconds()));
                ping = Duration.ofSeconds(Math.max(1, response.pingIntervalSeconds()));
                failures = 0;
            } catch (ServerException e) {
                if (!e.retryable()) {
                    throw e;
                }
                failures = waitAfterFailure(failures, e);
                continue;
            } catch (IOException | UncheckedIOException e) {
                failures = waitAfterFailure(failures, e);
                continue;
            }
            waitForNextExchange(interval, ping);
        }
    }

    private int waitAfterFailure(int failures, Exception e) throws InterruptedException {
        Duration wait = backoff.after(failures + 1);
        LOG.warning("exchange failed (" + e.getMessage() + "); retrying in " + wait.toSeconds() + " s");
        agent.wakeup().await(wait);
        return failures + 1;
    }

    private void waitForNextExchange(Duration interval, Duration ping) throws InterruptedException {
        long deadline = System.nanoTime() + interval.toNanos();
        while (!stopped) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return;
            }
            if (agent.wakeup().await(Duration.ofNanos(Math.min(remaining, ping.toNanos())))) {
                return;
            }
            if (pingSaysMessagesWait()) {
                return;
            }
        }
    }

    private boolean pingSaysMessagesWait() {
        try {
            return agent.ping();
        } catch (IOException | RuntimeException e) {
            return false; // the exchange at the end of the interval will tell whether the server is sick
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
