package io.activityplatform.agent;

import io.activityplatform.agent.cli.Options;
import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.exec.ScriptExecutor;
import io.activityplatform.agent.protocol.RegisterRequest;
import io.activityplatform.agent.protocol.RegisterResponse;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.protocol.ServerException;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.agent.run.AgentLoop;
import io.activityplatform.agent.run.Backoff;
import io.activityplatform.agent.sim.Behaviour;
import io.activityplatform.agent.sim.Simulator;
import io.activityplatform.agent.state.FileStateStore;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The agent's command line: {@code register}, {@code run}, {@code simulate}. */
public final class Main {

    static final String USAGE = """
            usage: java -jar agent.jar <command> [options]

              register --server URL --account ID --key KEY --title TITLE [--hostname NAME] [--tags a,b]
                       [--state-dir DIR]
                  Registers this computer and saves its identity in DIR/state.json (mode 600).
              run [--state-dir DIR] [--real-execution TYPE,...|all] [--kill-grace-seconds S]
                  Exchanges with the server until stopped. Scripts run for real; other activity types are
                  dry runs (reported, not performed) unless listed in --real-execution.
              simulate --server URL --account ID --key KEY --computers N [--behaviour SPEC]
                       [--max-interval-seconds S] [--duration-seconds D]
                  Runs N simulated agents in this process. SPEC: type:mode,...; mode is succeed, fail,
                  slow=<ms> or hang; 'default:mode' for all other types.

            DIR defaults to /var/lib/activity-agent (root) or ~/.activity-agent.
            """;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        try {
            Options options = Options.parse(args);
            switch (options.command()) {
                case "register" -> register(options);
                case "run" -> run(options);
                case "simulate" -> simulate(options);
                default -> System.out.print(USAGE);
            }
        } catch (IllegalArgumentException | IllegalStateException | ServerException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void register(Options o) throws Exception {
        String server = o.required("server");
        FileStateStore store = new FileStateStore(o.stateDir());
        if (store.load().isPresent()) {
            throw new IllegalStateException("already registered (" + store.file() + "); remove it to register again");
        }
        RegisterResponse granted = Agent.register(new ServerClient(ServerClient.defaultHttpClient(), server), store,
                server, new RegisterRequest(o.required("account"), o.required("key"), o.required("title"),
                        o.get("hostname", InetAddress.getLocalHost().getHostName()), o.list("tags")));
        System.out.println("registered as computer " + granted.computerId()
                + (granted.pending() ? " (pending: an operator must accept it)" : "") + "; state in " + store.file());
    }

    private static void run(Options o) throws Exception {
        Path dir = o.stateDir();
        FileStateStore store = new FileStateStore(dir);
        String server = store.load().orElseThrow(() -> new IllegalStateException(
                "not registered: run 'register' first (state dir " + dir + ")")).serverUrl();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        ScriptExecutor scripts = new ScriptExecutor(dir.resolve("work"), timer, Duration.ofSeconds(
                o.integer("kill-grace-seconds", (int) ScriptExecutor.DEFAULT_GRACE.toSeconds())));
        Agent agent = new Agent(store, new ServerClient(ServerClient.defaultHttpClient(), server),
                ExecutorRegistry.standard(scripts, o.set("real-execution")));
        AgentLoop loop = new AgentLoop(agent, Backoff.DEFAULT);
        Runtime.getRuntime().addShutdownHook(new Thread(loop::stop));
        System.out.println("computer " + agent.computerId() + " exchanging with " + server);
        loop.run();
    }

    private static void simulate(Options o) throws Exception {
        String server = o.required("server");
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(4);
        Simulator simulator = new Simulator(new ServerClient(ServerClient.defaultHttpClient(), server), pool,
                Behaviour.parse(o.get("behaviour", "")));
        int count = o.integer("computers", 1);
        simulator.register(server, o.required("account"), o.required("key"), o.get("prefix", "sim"), count);
        simulator.start(Duration.ofSeconds(o.integer("max-interval-seconds", 60)));
        System.out.println(count + " simulated agents exchanging with " + server);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await(o.integer("duration-seconds", Integer.MAX_VALUE / 1000), TimeUnit.SECONDS);
        simulator.stop();
        System.out.println(simulator.exchanges() + " exchanges, " + simulator.failures() + " failed");
    }
}
