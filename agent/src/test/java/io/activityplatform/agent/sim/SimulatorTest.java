package io.activityplatform.agent.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.protocol.AgentMessage;
import io.activityplatform.agent.protocol.ExchangeRequest;
import io.activityplatform.agent.protocol.ExchangeResponse;
import io.activityplatform.agent.protocol.RegisterRequest;
import io.activityplatform.agent.protocol.RegisterResponse;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.protocol.ServerException;
import io.activityplatform.agent.protocol.ServerMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's measurement hooks (exchange timing, a spread start) and its two paces: exchanges only, and
 * pings between exchanges as the reference agent's loop does.
 */
class SimulatorTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final TimedServer server = new TimedServer();
    private final RecordingPool pool = new RecordingPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void timingHearsEveryAnsweredExchangeWithAtLeastTheServersOwnTime() throws Exception {
        List<Long> heard = new CopyOnWriteArrayList<>();
        Simulator simulator = new Simulator(server, pool, Behaviour.parse("default:succeed")).timing(heard::add);
        simulator.register("http://fake/", "acme", "key", "sim", 3);

        simulator.exchangeAll();
        simulator.exchangeAll();

        assertThat(simulator.exchanges()).isEqualTo(6);
        assertThat(heard).hasSize(6);
        // each exchange's time includes the server's own time for it (the server sleeps a little)
        List<Long> inside = server.insideNanos;
        assertThat(inside).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(heard.get(i)).isGreaterThanOrEqualTo(inside.get(i)).isPositive();
        }
    }

    @Test
    void failedExchangesAreCountedAsFailuresAndNotTimed() throws Exception {
        List<Long> heard = new CopyOnWriteArrayList<>();
        Simulator simulator = new Simulator(server, pool, Behaviour.parse("default:succeed")).timing(heard::add);
        simulator.register("http://fake/", "acme", "key", "sim", 2);
        server.refuse.add("sim-2");

        simulator.start(MINUTE);

        await().atMost(Duration.ofSeconds(30)).until(() -> simulator.exchanges() >= 1 && simulator.failures() >= 1);
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).hasSize((int) simulator.exchanges());
        assertThat(server.insideNanos).hasSize((int) simulator.exchanges());
    }

    @Test
    void aSpreadStartBeginsAgentIOfNAfterSpreadTimesIOverN() throws Exception {
        Simulator simulator = new Simulator(server, pool, Behaviour.parse("default:succeed"));
        simulator.register("http://fake/", "acme", "key", "sim", 4);

        simulator.start(MINUTE, Duration.ofMinutes(8));

        // agent 0 begins at once (delay 0) and then waits the server's 60 s; agents 1..3 begin after 2, 4, 6 min
        await().atMost(Duration.ofSeconds(30)).until(() -> pool.delaysMillis.contains(60_000L));
        assertThat(pool.delaysMillis).containsExactlyInAnyOrder(0L, 120_000L, 240_000L, 360_000L, 60_000L);
    }

    @Test
    void anUnspreadStartBeginsEveryAgentAtOnceAsBefore() throws Exception {
        Simulator simulator = new Simulator(server, pool, Behaviour.parse("default:succeed"));
        simulator.register("http://fake/", "acme", "key", "sim", 4);

        simulator.start(MINUTE);

        await().atMost(Duration.ofSeconds(30)).until(() -> simulator.exchanges() == 4);
        // every agent begins at once (delay 0), then waits the server's interval (capped at a minute)
        await().atMost(Duration.ofSeconds(30)).until(() -> pool.delaysMillis.size() == 8);
        assertThat(pool.delaysMillis.stream().filter(d -> d == 0L)).hasSize(4);
        assertThat(pool.delaysMillis.stream().filter(d -> d == 60_000L)).hasSize(4);
    }

    @Test
    void aPingingAgentPingsBetweenExchangesAndExchangesOnlyWhenTheServersIntervalIsUp() throws Exception {
        Simulator simulator = new Simulator(server, pool, Behaviour.parse("default:succeed"));
        simulator.register("http://fake/", "acme", "key", "sim", 3);

        simulator.startPinging(Duration.ofMillis(5), Duration.ZERO);

        await().atMost(Duration.ofSeconds(30)).until(() -> server.pings.get() >= 30);
        assertThat(simulator.exchanges()).as("one each: the server's interval is a minute").isEqualTo(3);
        assertThat(simulator.pings()).isGreaterThanOrEqualTo(server.pings.get());
        assertThat(pool.delaysMillis).as("pings every 5 ms after the first exchanges").contains(5L)
                .allMatch(d -> d == 0L || d == 5L);
    }

    @Test
    void aPingSayingMessagesWaitBringsAnExchangeAtOnce() throws Exception {
        Simulator simulator = new Simulator(server, pool, Behaviour.parse("default:succeed"));
        simulator.register("http://fake/", "acme", "key", "sim", 1);
        simulator.startPinging(Duration.ofMillis(5), Duration.ZERO);
        await().atMost(Duration.ofSeconds(30)).until(() -> server.pings.get() >= 3);
        assertThat(simulator.exchanges()).isEqualTo(1);

        server.pingAnswer.set(true);

        await().atMost(Duration.ofSeconds(30)).until(() -> simulator.exchanges() >= 2);
    }

    @Test
    void aFinishedOperationIsReportedAtOnceWithoutWaitingForAPing() throws Exception {
        Simulator simulator = pingingAgentWithOneOperation("default:succeed");

        await().atMost(Duration.ofSeconds(30)).until(() -> server.resultsReceived.get() == 1);
        assertThat(server.pingsBeforeFirstResult.get()).as("the result went out before any ping").isZero();
        assertThat(List.copyOf(pool.delaysMillis).subList(0, 2)).as("the start, then the report with no delay")
                .containsExactly(0L, 0L);
        // and once reported, the agent is idle again: it pings, it does not exchange
        await().atMost(Duration.ofSeconds(30)).until(() -> server.pings.get() >= 3);
        assertThat(simulator.exchanges()).isEqualTo(2);
    }

    @Test
    void anOperationFinishingBetweenPingsIsReportedAtTheNextStepWithoutAPing() throws Exception {
        // the server never says messages wait, and its exchange interval is a minute: only the agent can know
        Simulator simulator = pingingAgentWithOneOperation("default:slow=200");

        await().atMost(Duration.ofSeconds(30)).until(() -> server.resultsReceived.get() == 1);
        assertThat(simulator.exchanges()).as("the delivery, then the report").isEqualTo(2);
    }

    @Test
    void aServerThatNeverAcknowledgesIsAskedAgainAtOnceOnlyEveryOtherTime() throws Exception {
        server.acknowledges.set(false);
        Simulator simulator = pingingAgentWithOneOperation("default:succeed");

        await().atMost(Duration.ofSeconds(30)).until(() -> simulator.exchanges() >= 6);
        List<Long> delays = List.copyOf(pool.delaysMillis).subList(1, 5);
        assertThat(delays).as("report at once, then paced by the ping interval, alternately")
                .containsExactly(0L, 5L, 0L, 5L);
    }

    /** One agent pinging every 5 ms, whose first exchange brings it one operation to execute. */
    private Simulator pingingAgentWithOneOperation(String behaviour) throws Exception {
        Simulator simulator = new Simulator(server, pool, Behaviour.parse(behaviour));
        simulator.register("http://fake/", "acme", "key", "sim", 1);
        server.toDeliver.add(new ServerMessage(1, ServerMessage.EXECUTE, UUID.randomUUID(), "ExecuteScriptRequest",
                Map.of("code", "true"), null, null));
        simulator.startPinging(Duration.ofMillis(5), Duration.ZERO);
        return simulator;
    }

    /** Registers every title, answers exchanges after 2 ms of simulated work it times itself; refuses listed agents. */
    private static final class TimedServer extends ServerClient {

        static final long SERVER_NANOS = 2_000_000;

        final List<Long> insideNanos = new CopyOnWriteArrayList<>();
        final List<String> refuse = new CopyOnWriteArrayList<>();
        final AtomicInteger pings = new AtomicInteger();
        final AtomicBoolean pingAnswer = new AtomicBoolean();
        final AtomicBoolean acknowledges = new AtomicBoolean(true);
        final Queue<ServerMessage> toDeliver = new ConcurrentLinkedQueue<>();
        final AtomicInteger resultsReceived = new AtomicInteger();
        final AtomicInteger pingsBeforeFirstResult = new AtomicInteger(-1);
        private final Map<String, String> titleBySecret = new ConcurrentHashMap<>();
        private final AtomicInteger registered = new AtomicInteger();

        TimedServer() {
            super(null, "http://fake/");
        }

        @Override
        public RegisterResponse register(RegisterRequest request) {
            String id = "computer-" + registered.incrementAndGet();
            titleBySecret.put("secret-" + id, request.title());
            return new RegisterResponse(id, "secret-" + id, "token", false, 60, 10);
        }

        @Override
        public ExchangeResponse exchange(ExchangeRequest request) throws InterruptedException {
            if (refuse.contains(titleBySecret.get(request.secretId()))) {
                throw new ServerException(503, "refused by the test");
            }
            long begin = System.nanoTime();
            // the server's own time (simulated work, not a wait for anything), which the agent's timing must include
            while (System.nanoTime() - begin < SERVER_NANOS) {
                Thread.onSpinWait();
            }
            insideNanos.add(System.nanoTime() - begin);
            int results = (int) request.messages().stream().filter(m -> m.type().equals(AgentMessage.RESULT)).count();
            if (results > 0 && resultsReceived.getAndAdd(results) == 0) {
                pingsBeforeFirstResult.set(pings.get());
            }
            long acknowledged = acknowledges.get()
                    ? request.messages().stream().mapToLong(m -> m.sequence() + 1).max().orElse(1) : 0;
            List<ServerMessage> messages = new ArrayList<>();
            for (ServerMessage m; (m = toDeliver.poll()) != null; ) {
                messages.add(m);
            }
            return new ExchangeResponse("c", acknowledged, messages, List.of(), "token", 60, 10, false);
        }

        @Override
        public boolean ping(String computerId) {
            pings.incrementAndGet();
            return pingAnswer.get();
        }
    }

    /** A real scheduled pool that remembers the delay of every task scheduled on it ({@code execute} is 0). */
    private static final class RecordingPool extends ScheduledThreadPoolExecutor {

        final List<Long> delaysMillis = new CopyOnWriteArrayList<>();

        RecordingPool() {
            super(2);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            delaysMillis.add(unit.toMillis(delay));
            return super.schedule(command, delay, unit);
        }
    }
}
