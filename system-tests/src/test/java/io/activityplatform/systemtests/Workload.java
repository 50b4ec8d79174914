package io.activityplatform.systemtests;

import io.activityplatform.agent.sim.Behaviour;
import io.activityplatform.events.ids.DeterministicIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The mixed workload: groups of activities of both kinds, each with the final status the scenario
 * predicts. Simulated agents answer per type: ExecuteScriptRequest succeeds, RestartRequest fails,
 * ShutdownRequest hangs until canceled; a script marked noisy prints illegal text and succeeds.
 */
final class Workload implements AutoCloseable {

    static final String SUCCEEDS = "ExecuteScriptRequest";
    static final String FAILS = "RestartRequest";
    static final String HANGS = "ShutdownRequest";
    static final String BEHAVIOUR = SUCCEEDS + ":slow=200," + FAILS + ":fail," + HANGS + ":hang,default:succeed";

    private final ActivityApi api;
    private final List<String> active;
    private final List<String> idle;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final List<Expectation> expectations = Collections.synchronizedList(new ArrayList<>());

    Workload(ActivityApi api, List<String> active, List<String> idle) {
        this.api = api;
        this.active = active;
        this.idle = idle;
    }

    List<Expectation> expectations() {
        return List.copyOf(expectations);
    }

    /** Creates {@code count} activities concurrently, each from {@code request(i)}; returns ids in order. */
    List<UUID> create(int count, IntFunction<Map<String, Object>> request) {
        List<Future<UUID>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            futures.add(pool.submit(() -> api.create(request.apply(n))));
        }
        List<UUID> ids = new ArrayList<>();
        for (Future<UUID> f : futures) {
            try {
                ids.add(f.get());
            } catch (Exception e) {
                throw new IllegalStateException("creating activities failed", e);
            }
        }
        return ids;
    }

    List<UUID> expect(String group, String status, String errorCode, List<UUID> ids) {
        ids.forEach(id -> expectations.add(new Expectation(id, group, status, errorCode)));
        return ids;
    }

    Map<String, Object> script(int i) {
        return Map.of("type", SUCCEEDS, "computerId", active.get(i % active.size()),
                "parameters", Map.of("interpreter", "/bin/sh", "code", "echo " + i));
    }

    /** A script whose simulated output and result text hold NUL, other controls and unpaired surrogates. */
    Map<String, Object> noisyScript(int i) {
        return Map.of("type", SUCCEEDS, "computerId", active.get(i % active.size()), "parameters", Map.of(
                "interpreter", "/bin/sh", "code", "printf 'a\\000b\\033[31m' " + Behaviour.CODE_MARKER + "noisy"));
    }

    Map<String, Object> on(String type, int i, Map<String, Object> extra) {
        Map<String, Object> request = new java.util.HashMap<>(extra);
        request.put("type", type);
        request.put("computerId", active.get(i % active.size()));
        request.putIfAbsent("parameters", Map.of());
        return request;
    }

    Map<String, Object> onIdle(int i) {
        return Map.of("type", SUCCEEDS, "computerId", idle.get(i % idle.size()),
                "parameters", Map.of("interpreter", "/bin/sh", "code", "echo held"));
    }

    static Map<String, Object> scriptWaitingFor(String computer, UUID awaited, String until, Integer percent) {
        Map<String, Object> waitFor = new java.util.HashMap<>(Map.of("activityId", awaited, "until", until));
        if (percent != null) {
            waitFor.put("progressAtLeast", percent);
        }
        return Map.of("type", SUCCEEDS, "computerId", computer, "waitFor", waitFor,
                "parameters", Map.of("interpreter", "/bin/sh", "code", "echo after"));
    }

    static Map<String, Object> server(String type, Map<String, Object> parameters) {
        return Map.of("type", type, "parameters", parameters);
    }

    static Map<String, Object> scheduled(Map<String, Object> request, Instant at) {
        Map<String, Object> copy = new java.util.HashMap<>(request);
        copy.put("deliverAfter", at.toString());
        return copy;
    }

    /** The automatic second attempt of each failed original, predicted FAILED as well. */
    void expectSecondAttempts(List<UUID> originals) {
        originals.forEach(o -> expectations.add(new Expectation(DeterministicIds.retryAttempt(o, 2), "retry attempt",
                "FAILED", null)));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
