package io.activityplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * One server activity type through the running platform: first {@code warmup} activities unmeasured, then idle
 * samples, one at a time (create → work
 * starts from the activity's own createdAt and inProgressSince; create → final visible from the POST until the
 * activity's stream shows the final status), then N created with {@code concurrency} POSTs in flight until
 * activity-api counts them all final.
 */
public final class ServerActivityBench {

    private final ApiClient api;
    private final int concurrency;
    private final int batch;
    private final int batchConcurrency;
    private final ProcessCpu own;
    private StackMeter meter;
    private StackMeter.Breakdown lastBreakdown;
    private CompilerCpu compilers = new CompilerCpu(List::of);
    private WarmUp.Outcome lastWarmUp;
    private double lastCompilerShare;

    /** One POST per activity, {@code concurrency} in flight. */
    public ServerActivityBench(ApiClient api, int concurrency, ProcessCpu own) {
        this(api, concurrency, 1, concurrency, own);
    }

    /**
     * With {@code batch} > 1 the throughput phases create {@code batch} activities per
     * {@code POST /activities/bulk/create}, {@code batchConcurrency} requests in flight (db-scheduler's enqueue is one
     * batch call as well); idle samples are always single POSTs.
     */
    public ServerActivityBench(ApiClient api, int concurrency, int batch, int batchConcurrency, ProcessCpu own) {
        this.api = api;
        this.concurrency = concurrency;
        this.batch = batch;
        this.batchConcurrency = batchConcurrency;
        this.own = own;
    }

    /** Also meters each part of the stack over every throughput phase ({@link #lastBreakdown()}). */
    public ServerActivityBench metered(StackMeter meter) {
        this.meter = meter;
        return this;
    }

    /** Warms up until these JVMs' compilers settle, and reports their share of each phase ({@link WarmUp}). */
    public ServerActivityBench compiling(CompilerCpu compilers) {
        this.compilers = compilers;
        return this;
    }

    /**
     * The last phase's warm-up and the compilers' largest share of one measured JVM's CPU during its measured part, as
     * a line for the report's checks.
     */
    public String lastJit() {
        return WarmUp.jitLine(lastWarmUp, lastCompilerShare);
    }

    /** Where the last throughput phase's CPU went, if {@link #metered}; else null. */
    public StackMeter.Breakdown lastBreakdown() {
        return lastBreakdown;
    }

    public Result run(String label, String type, Map<String, Object> parameters, int n, int samples, WarmUp warmUp)
            throws Exception {
        // unmeasured: the services' JIT compiles first (half their CPU in the first minute otherwise)
        lastWarmUp = warmUp.run(k -> creates(label + " warm-up", k, type, parameters, new Latencies(),
                new Latencies()), compilers::sample);
        Latencies toStart = new Latencies();
        Latencies toFinal = new Latencies();
        for (int i = 0; i < samples; i++) {
            UUID id = UUID.randomUUID();
            long begin = System.nanoTime();
            api.create(body(id, type, parameters)).join();
            long end = api.awaitFinal(id);
            JsonNode activity = api.get("/activities/" + id);
            toStart.add(millisBetween(activity.path("createdAt").asText(), activity.path("inProgressSince").asText()));
            toFinal.add((end - begin) / 1e6);
            Thread.sleep(20); // pacing: each sample starts idle
        }
        return creates(label, n, type, parameters, toStart, toFinal);
    }

    private Result creates(String label, int n, String type, Map<String, Object> parameters, Latencies toStart,
                           Latencies toFinal) throws Exception {
        Instant since = countedSince();
        if (batch == 1) {
            return throughput(label, ApiClient.CREATE, concurrency, n, n, i -> body(UUID.randomUUID(), type,
                    parameters), () -> api.finished(type, since), toStart, toFinal);
        }
        int requests = (n + batch - 1) / batch;
        return throughput(label + " (batches of " + batch + ")", ApiClient.BULK_CREATE, batchConcurrency, requests, n,
                i -> {
                    int size = Math.min(batch, n - i * batch);
                    List<Map<String, Object>> items = new ArrayList<>(size);
                    for (int k = 0; k < size; k++) {
                        items.add(body(UUID.randomUUID(), type, parameters));
                    }
                    return Map.of("activities", items);
                }, () -> api.finished(type, since), toStart, toFinal);
    }

    /**
     * Where a phase's count of finished activities starts: a little before its first create (one clock, the
     * machine's), so it counts the phase's rows, not the run's. Everything created earlier is final by then.
     */
    static Instant countedSince() {
        return Instant.now().minusSeconds(5);
    }

    /**
     * One POST /activities per request body, each a batch (the client phase's create for many computers), with
     * {@code batchConcurrency} in flight like the server phases' batches: twenty requests of 1,000 at once put
     * 20,000 sends behind activity-api's publisher, over its bounded queue of 10,000, and it answered 503 as
     * documented, with Retry-After.
     */
    Result throughput(String label, int total, int expected, IntFunction<Map<String, Object>> bodies, Counter finished,
                      Latencies toStart, Latencies toFinal) throws Exception {
        return throughput(label, ApiClient.CREATE, batchConcurrency, total, expected, bodies, finished, toStart,
                toFinal);
    }

    /**
     * Sends {@code total} create requests with bounded concurrency and waits until {@code finished} grew by
     * {@code expected} (the activities those requests create).
     */
    private Result throughput(String label, String path, int requestsInFlight, int total, int expected,
                              IntFunction<Map<String, Object>> bodies, Counter finished, Latencies toStart,
                              Latencies toFinal) throws Exception {
        int base = finished.count();
        Semaphore inFlight = new Semaphore(requestsInFlight);
        double cpu = CpuMeter.busyMillis();
        double ownCpu = own.millis();
        StackMeter.Sample before = meter == null ? null : meter.begin();
        CompilerCpu.Sample compiling = compilers.sample();
        long begin = System.nanoTime();
        CompletableFuture<?>[] creates = new CompletableFuture<?>[total];
        for (int i = 0; i < total; i++) {
            inFlight.acquire();
            creates[i] = api.create(path, bodies.apply(i)).whenComplete((status, error) -> inFlight.release());
        }
        CompletableFuture.allOf(creates).join();
        long created = System.nanoTime();
        awaitCount(finished, base + expected, Duration.ofSeconds(Math.max(600, expected / 10)));
        long done = System.nanoTime();
        lastCompilerShare = compilers.sample().shareSince(compiling);
        if (meter != null) {
            lastBreakdown = meter.end(label, before, expected);
        }
        return new Result(label, expected, (created - begin) / 1e9, (done - begin) / 1e9, CpuMeter.busyMillis() - cpu,
                own.millis() - ownCpu, toStart, toFinal, CpuMeter.loadAverage());
    }

    /**
     * Polls until {@code counter} reaches {@code target}. The count is an aggregate over the view, whose cost
     * grows with the run, so polling every 100 ms throughout charged the platform for its own measurement;
     * instead the pause is half the expected time left at the rate seen so far, within 100 ms to 2 s: the
     * last polls still come every 100 ms, so the end is measured as precisely as before.
     */
    static void awaitCount(Counter counter, int target, Duration limit) throws Exception {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        int first = counter.count();
        int seen = first;
        while (seen < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + seen + " of " + target + " final after " + limit);
            }
            Thread.sleep(pauseMillis(seen - first, target - seen, System.nanoTime() - start));
            seen = counter.count();
        }
    }

    static long pauseMillis(int doneSoFar, int left, long elapsedNanos) {
        if (doneSoFar <= 0) {
            return MIN_POLL_MILLIS;
        }
        double millisLeft = left * (elapsedNanos / 1e6) / doneSoFar;
        return Math.max(MIN_POLL_MILLIS, Math.min(MAX_POLL_MILLIS, (long) (millisLeft / 2)));
    }

    static final long MIN_POLL_MILLIS = 100;
    static final long MAX_POLL_MILLIS = 2_000;

    static Map<String, Object> body(UUID id, String type, Map<String, Object> parameters) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("type", type);
        body.put("parameters", parameters);
        return body;
    }

    static double millisBetween(String from, String to) {
        return Duration.between(Instant.parse(from), Instant.parse(to)).toNanos() / 1e6;
    }

    /** A count read from the platform. */
    @FunctionalInterface
    interface Counter {
        int count() throws Exception;
    }
}
