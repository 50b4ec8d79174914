package io.activityplatform.agent.run;

import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.ServerException;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The {@code run} loop: exchange, then wait for the interval the server told, pinging meanwhile (and
 * exchanging at once when the ping says messages wait, an operation finished or the outbox did not fit into
 * one exchange). No answer ends the loop: server trouble, a refused batch, even a refusal of the agent itself
 * (unknown computer, clone suspicion; logged as severe, the operator must act) mean backoff and retry, so an
 * agent fixed on the server side carries on without a restart.
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
                    LOG.severe("the server refuses this agent (" + e.getMessage() + "); an operator must act."
                            + " Retrying with backoff.");
                }
                failures = waitAfterFailure(failures, e);
                continue;
            } catch (IOException | RuntimeException e) {
                failures = waitAfterFailure(failures, e);
                continue;
            }
            if (!agent.moreToSend()) {
                waitForNextExchange(interval, ping);
            }
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
            if (deadline - System.nanoTime() <= 0) {
                return; // the exchange is due: a ping now would only ask what the exchange is about to tell
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
