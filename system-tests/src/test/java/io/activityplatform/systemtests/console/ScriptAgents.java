package io.activityplatform.systemtests.console;

import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.exec.ScriptExecutor;
import io.activityplatform.agent.protocol.RegisterRequest;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.agent.state.StateStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reference agents that run scripts for real (the agent module's standard executors: /bin/sh in a work
 * directory, output streamed as progress, SIGTERM on cancel), exchanging with message-system every few hundred
 * milliseconds. An agent can be paused, so a test can see an activity QUEUED before any computer takes it.
 */
final class ScriptAgents implements AutoCloseable {

    private final ServerClient client;
    private final String serverUrl;
    private final Path workRoot;
    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(3);

    ScriptAgents(String serverUrl, Path workRoot) {
        this.client = new ServerClient(ServerClient.defaultHttpClient(), serverUrl);
        this.serverUrl = serverUrl;
        this.workRoot = workRoot;
    }

    /** One registered computer running scripts; exchanges once {@link Running#resume}d. */
    Running register(String account, String key, String name) throws Exception {
        StateStore store = StateStore.inMemory();
        Agent.register(client, store, serverUrl, new RegisterRequest(account, key, name, name + ".test",
                List.of("console-test")));
        ScriptExecutor scripts = new ScriptExecutor(workRoot.resolve(name), pool, Duration.ofSeconds(5));
        Agent agent = new Agent(store, client, ExecutorRegistry.standard(scripts, Set.of()));
        Running running = new Running(agent);
        pool.scheduleWithFixedDelay(running::tick, 0, 300, TimeUnit.MILLISECONDS);
        return running;
    }

    /** An agent's exchange loop; an exchange that fails (a service restarting) is retried on the next tick. */
    static final class Running {
        private final Agent agent;
        private final AtomicBoolean exchanging = new AtomicBoolean();
        private final ReentrantLock inExchange = new ReentrantLock();

        private Running(Agent agent) {
            this.agent = agent;
        }

        String computerId() {
            return agent.computerId();
        }

        void resume() {
            exchanging.set(true);
        }

        /** Returns once no exchange is under way: from now on the computer takes nothing new. */
        void pause() {
            exchanging.set(false);
            inExchange.lock();
            inExchange.unlock();
        }

        private void tick() {
            inExchange.lock();
            try {
                while (exchanging.get()) {
                    agent.exchangeOnce();
                    if (!agent.moreToSend()) {
                        return;
                    }
                }
            } catch (Exception e) {
                // the next tick tries again, like the real agent's backoff
            } finally {
                inExchange.unlock();
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
