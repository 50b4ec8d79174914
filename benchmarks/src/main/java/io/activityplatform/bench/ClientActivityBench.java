package io.activityplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.agent.sim.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Client activities ({@code ExecuteScriptRequest}) on simulated agents (the agent module's {@link Simulator},
 * every script succeeds at once): agents registered with message-system ping every {@code bench.ping-millis}
 * between exchanges and exchange when the ping says work waits or they have a result to report, as real
 * agents do; N activities are created in bulk, up to 1,000 computers per request (one activity each), and
 * counted until activity-api shows them all final.
 */
public final class ClientActivityBench implements AutoCloseable {

    static final String TYPE = "ExecuteScriptRequest";

    private final ApiClient api;
    private final ServerActivityBench creates;
    private final List<String> computers = new ArrayList<>();
    private SimulatedFleet fleet;
    private long pingMillis;

    public ClientActivityBench(ApiClient api, ServerActivityBench creates) {
        this.api = api;
        this.creates = creates;
    }

    /**
     * Registers {@code agents} simulated computers in parallel batches and starts them, pinging every
     * {@code ping}, with up to {@code requestThreads} requests in flight.
     */
    public void startAgents(String messageSystem, int agents, Duration ping, int requestThreads) throws Exception {
        fleet = SimulatedFleet.register(messageSystem, "bench", agents, nanos -> { }, requestThreads);
        computers.addAll(fleet.computers());
        pingMillis = ping.toMillis();
        fleet.startPinging(ping, ping);
    }

    public Result run(int n, int samples) throws Exception {
        Latencies toStart = new Latencies();
        Latencies toFinal = new Latencies();
        for (int i = 0; i < samples; i++) {
            UUID id = UUID.randomUUID();
            Map<String, Object> body = script(id);
            body.put("computerId", computers.get(i % computers.size()));
            long begin = System.nanoTime();
            api.create(body).join();
            long end = api.awaitFinal(id);
            JsonNode activity = api.get("/activities/" + id);
            toStart.add(ServerActivityBench.millisBetween(activity.path("createdAt").asText(),
                    activity.path("inProgressSince").asText()));
            toFinal.add((end - begin) / 1e6);
        }
        int perRequest = Math.min(1000, computers.size());
        int requests = (n + perRequest - 1) / perRequest;
        Instant since = ServerActivityBench.countedSince();
        return creates.throughput("platform, client activities (" + computers.size() + " simulated agents)",
                requests, n, i -> {
                    Map<String, Object> body = script(UUID.randomUUID());
                    int size = Math.min(perRequest, n - i * perRequest);
                    List<String> targets = new ArrayList<>(size);
                    for (int k = 0; k < size; k++) {
                        targets.add(computers.get((i * perRequest + k) % computers.size()));
                    }
                    body.put("computerIds", targets);
                    return body;
                }, () -> api.finished(TYPE, since), toStart, toFinal);
    }

    /** What the agents sent over the whole phase (idle samples included): the cost an idle fleet adds. */
    public String traffic() {
        return "client agents: " + fleet.exchanges() + " exchanges, " + fleet.pings() + " pings, "
                + fleet.failures() + " failed exchanges (ping every " + pingMillis + " ms)";
    }

    private static Map<String, Object> script(UUID id) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("type", TYPE);
        body.put("parameters", Map.of("interpreter", "/bin/sh", "code", "true"));
        return body;
    }

    @Override
    public void close() {
        if (fleet != null) {
            fleet.close();
        }
    }
}
