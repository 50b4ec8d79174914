package io.activityplatform.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few activity-api calls the benchmark makes, with the benchmark's admin token. Creates, counts and GETs go
 * to one replica; with several activity-api replicas an activity's stream is followed on every replica at once,
 * because a replica's live stream shows only the events its own projection applied (its partitions).
 */
public final class ApiClient {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final List<String> streamBases;
    private final String token;
    private final Duration finalBound;
    private volatile Runnable onStuck = () -> { };

    public static final String CREATE = "/activities";
    public static final String BULK_CREATE = "/activities/bulk/create";
    /** How long an idle sample's stream may take to show the final status before the run fails. */
    static final Duration FINAL_BOUND = Duration.ofSeconds(60);
    /** How long the second stream opened on a stuck one may take. */
    static final Duration SECOND_LOOK = Duration.ofSeconds(10);

    public ApiClient(String base, String token) {
        this(base, List.of(base), token);
    }

    /** @param streamBases every activity-api replica, whose streams {@link #awaitFinal} follows */
    public ApiClient(String base, List<String> streamBases, String token) {
        this(base, streamBases, token, FINAL_BOUND);
    }

    ApiClient(String base, List<String> streamBases, String token, Duration finalBound) {
        this.base = base;
        this.streamBases = List.copyOf(streamBases);
        this.token = token;
        this.finalBound = finalBound;
    }

    private HttpRequest.Builder request(String path) {
        return request(base, path);
    }

    private HttpRequest.Builder request(String at, String path) {
        return HttpRequest.newBuilder(URI.create(at + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(2));
    }

    /** POST /activities; completes with the status code, failing unless 201 or 202. */
    public CompletableFuture<Integer> create(Map<String, Object> body) {
        return create(CREATE, body);
    }

    /** A create at {@code path} ({@link #CREATE} or {@link #BULK_CREATE}); fails unless 201 or 202. */
    public CompletableFuture<Integer> create(String path, Map<String, Object> body) {
        try {
            HttpRequest post = request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build();
            return http.sendAsync(post, HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
                if (r.statusCode() != 201 && r.statusCode() != 202) {
                    throw new IllegalStateException("create answered " + r.statusCode() + ": " + r.body());
                }
                return r.statusCode();
            });
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /**
     * Activities of this type created after {@code since} in a final status, as activity-api's view shows them.
     * Bounded by {@code since}, the count reads the phase's rows through the (account, created) index; counted
     * over the whole view it read every row of the run so far, 257 ms a call after 150,000 activities, and the
     * benchmark's own polling made up a seventh of PostgreSQL's CPU in a no-op phase.
     */
    public int finished(String type, Instant since) throws IOException, InterruptedException {
        return get("/activities/counts?type=" + type + "&createdAfter=" + since).path("finished").asInt();
    }

    /**
     * Follows {@code GET /activities/{id}/stream} (history, then live) on every activity-api replica at once until
     * an event shows a final status; answers System.nanoTime() when that event arrived. A stream that shows no
     * final status within {@link #FINAL_BOUND} fails the run, naming the events it did show, whether its headers
     * arrived, what a second stream opened then shows and the status a GET shows, after running the
     * {@link #whenStuck} hook while the stuck stream is still open (a run once hung on a stream that never
     * showed a final the view had).
     */
    public long awaitFinal(UUID id) throws IOException, InterruptedException {
        Followers first = follow(id);
        try {
            return first.seen().get(finalBound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            onStuck.run();
            throw new IOException("no final status of " + id + " on any replica's stream within " + finalBound
                    + "; the streams showed " + first.shown() + "; a second stream opened then showed "
                    + secondLook(id) + "; GET shows " + get("/activities/" + id).path("status").asText(), e);
        } catch (ExecutionException e) {
            throw new IOException("no final status of " + id + " on any replica's stream", e);
        } finally {
            first.cancel();
        }
    }

    /** Runs {@code hook} (e.g. thread dumps of the services) when a stream is stuck, before the run fails. */
    public ApiClient whenStuck(Runnable hook) {
        this.onStuck = hook;
        return this;
    }

    private String secondLook(UUID id) throws InterruptedException {
        Duration bound = finalBound.compareTo(SECOND_LOOK) < 0 ? finalBound : SECOND_LOOK;
        Followers again = follow(id);
        try {
            again.seen().get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return "the final status " + again.shown();
        } catch (TimeoutException | ExecutionException e) {
            return "no final status within " + bound + ": " + again.shown() + " (" + e + ")";
        } finally {
            again.cancel();
        }
    }

    /** Opens the activity's stream on every replica; the first final status seen on any of them wins. */
    private Followers follow(UUID id) {
        CompletableFuture<Long> seen = new CompletableFuture<>();
        List<FinalLine> followers = new ArrayList<>();
        AtomicInteger ended = new AtomicInteger();
        for (String at : streamBases) {
            FinalLine follower = new FinalLine(seen);
            followers.add(follower);
            HttpRequest stream = request(at, "/activities/" + id + "/stream").header("Accept", "text/event-stream")
                    .GET().build();
            http.sendAsync(stream, HttpResponse.BodyHandlers.fromLineSubscriber(follower)).whenComplete((r, e) -> {
                if (r != null && r.statusCode() != 200) {
                    seen.completeExceptionally(new IllegalStateException("stream of " + id + " at " + at
                            + " answered " + r.statusCode()));
                } else if (ended.incrementAndGet() == streamBases.size()) {
                    seen.completeExceptionally(new IllegalStateException("every stream of " + id
                            + " ended before a final status", e));
                }
            });
        }
        return new Followers(seen, followers);
    }

    private record Followers(CompletableFuture<Long> seen, List<FinalLine> lines) {
        List<String> shown() {
            return lines.stream().map(FinalLine::shown).toList();
        }

        void cancel() {
            lines.forEach(FinalLine::cancel);
        }
    }

    /** Completes {@code seen} with System.nanoTime() at the first SSE data line showing a final status. */
    private static final class FinalLine implements Flow.Subscriber<String> {

        private final CompletableFuture<Long> seen;
        /** The SSE ids (partition-offset) and event names this stream showed, for the failure message. */
        private final List<String> shown = Collections.synchronizedList(new ArrayList<>());
        private volatile Flow.Subscription subscription;
        private volatile boolean cancelled;
        /** Whether the response's headers arrived (the body is subscribed only then). */
        private volatile boolean headers;

        FinalLine(CompletableFuture<Long> seen) {
            this.seen = seen;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            headers = true;
            if (cancelled) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(String line) {
            if ((line.startsWith("id:") || line.startsWith("event:")) && shown.size() < 50) {
                shown.add(line);
            }
            try {
                if (line.startsWith("data:") && isFinal(JSON.readTree(line.substring(5)).path("status").asText())) {
                    seen.complete(System.nanoTime());
                }
            } catch (IOException e) {
                seen.completeExceptionally(e);
            }
        }

        @Override
        public void onError(Throwable error) {
            // the response future reports it (or this follower was cancelled after another saw the status)
        }

        @Override
        public void onComplete() {
            // likewise
        }

        String shown() {
            synchronized (shown) {
                return (headers ? "" : "no headers yet ") + shown;
            }
        }

        void cancel() {
            cancelled = true;
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    static boolean isFinal(String status) {
        return status.equals("SUCCEEDED") || status.equals("FAILED") || status.equals("CANCELED");
    }
}
