package io.activityplatform.messages.support;

import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.exec.ExecutorRegistry;
import io.activityplatform.agent.exec.ScriptExecutor;
import io.activityplatform.agent.protocol.RegisterRequest;
import io.activityplatform.agent.protocol.ServerClient;
import io.activityplatform.agent.run.Agent;
import io.activityplatform.agent.state.StateStore;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.time.MutableClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test helper: real agents (the reference agent module, in-process) against this server, and activities
 * created the way activity-api creates them, by publishing to the log.
 */
@ApplicationScoped
public class Fleet {

    public static final Duration WAIT = Duration.ofSeconds(30);
    public static final String ACCOUNT = "test";
    public static final String KEY = "test-registration-key";

    private final EventPublisher publisher;
    private final ProjectionWatermark watermark;
    private final ActivityViewStore view;
    private final MutableClock clock;
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
    private Path work;

    public Fleet(EventPublisher publisher, ProjectionWatermark watermark, ActivityViewStore view, MutableClock clock) {
        this.publisher = publisher;
        this.watermark = watermark;
        this.view = view;
        this.clock = clock;
    }

    public String serverUrl() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return "http://localhost:" + port + "/";
    }

    public ServerClient client() {
        return new ServerClient(ServerClient.defaultHttpClient(), serverUrl());
    }

    /** Registers a real agent that runs scripts in a temporary directory. */
    public Agent agent(String title) throws Exception {
        return agent(title, client());
    }

    public Agent agent(String title, ServerClient client) throws Exception {
        StateStore store = StateStore.inMemory();
        Agent.register(client, store, serverUrl(), new RegisterRequest(ACCOUNT, KEY, title, title + ".test",
                List.of("test")));
        return new Agent(store, client, ExecutorRegistry.standard(new ScriptExecutor(workRoot(), timer), Set.of()));
    }

    /**
     * One work root for all of this fleet's agents (operations get directories of their own inside it, which
     * the executor removes), deleted when the test JVM exits, so test runs leave nothing in the temp directory.
     */
    private synchronized Path workRoot() throws java.io.IOException {
        if (work == null) {
            work = Files.createTempDirectory("agent-work");
            work.toFile().deleteOnExit();
        }
        return work;
    }

    public UUID create(ActivityDefinition definition, ActivityStatus initial) {
        UUID id = UUID.randomUUID();
        applied(publisher.publish(new ActivityCreated(UUID.randomUUID(), id, clock.instant(), Actor.user("alice"),
                "activity-api", definition, initial)).await().atMost(WAIT));
        return id;
    }

    public UUID script(String computerId, String code) {
        return create(ActivityDefinition.of("ExecuteScriptRequest", computerId,
                Map.of("interpreter", "/bin/sh", "code", code)), ActivityStatus.QUEUED);
    }

    /** An operator's command, as activity-api would publish it. */
    public void change(UUID id, ActivityStatus to) {
        ActivityState seen = state(id);
        applied(publisher.publish(new StatusChanged(UUID.randomUUID(), id, clock.instant(), Actor.user("alice"),
                "activity-api", seen.status(), to, seen.statusVersion(), "by the test", null, null))
                .await().atMost(WAIT));
    }

    public ActivityState state(UUID id) {
        return view.find(id).await().atMost(WAIT).orElseThrow();
    }

    /** Exchanges until the activity reaches the status; fails after {@link #WAIT}. */
    public ActivityState exchangeUntil(Agent agent, UUID id, ActivityStatus status) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).until(() -> {
            agent.exchangeOnce();
            return state(id).status() == status;
        });
        return state(id);
    }

    public void applied(RecordPosition position) {
        await().atMost(WAIT).until(() -> watermark.hasApplied(position));
    }
}
