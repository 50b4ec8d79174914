package io.activityplatform.jobs.handler.computer;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.jobs.handler.JobContext;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.handler.Parameters;
import io.activityplatform.jobs.publishing.JobEvents;
import io.activityplatform.jobs.repository.ViewQueries;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.publishing.ReadYourWrites;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code RemoveComputerActivity}: announces the removal on {@code computer-events} (every service's computer
 * view marks it REMOVED) and cancels the computer's activities that have not started, each conditionally on
 * the version seen, with {@code COMPUTER_REMOVED}. An activity that started meanwhile is left to run.
 * Idempotent: the removal event has a derived id and a second removal is ignored by the computer fold.
 */
@ApplicationScoped
public class RemoveComputerHandler implements JobHandler {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int PAGE = 500;

    private final EventPublisher publisher;
    private final ReadYourWrites applied;
    private final JobEvents events;
    private final ViewQueries views;
    private final ActivityViewStore store;
    private final Pool pool;

    public RemoveComputerHandler(EventPublisher publisher, ReadYourWrites applied, JobEvents events,
            ViewQueries views, ActivityViewStore store, Pool pool) {
        this.store = store;
        this.pool = pool;
        this.publisher = publisher;
        this.applied = applied;
        this.events = events;
        this.views = views;
    }

    @Override
    public String type() {
        return ActivityType.REMOVE_COMPUTER_ACTIVITY.wireName();
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public JobOutcome execute(JobContext context) throws Exception {
        Parameters.Validated validated = Parameters.validate(ActivityType.REMOVE_COMPUTER_ACTIVITY, context);
        if (!validated.valid()) {
            return validated.rejection();
        }
        String computerId = validated.parameters().string("computerId").orElseThrow();
        UUID activityId = context.activity().id();
        publisher.publish(new ComputerEvent.Removed(DeterministicIds.uuidV5(DeterministicIds.NAMESPACE,
                "computer-removed/" + activityId), computerId, context.clock().instant(), events.actor(),
                events.actor().id(), "removed by activity " + activityId)).await().atMost(TIMEOUT);
        context.log("computer " + computerId + " removed");
        context.progress(20);

        List<UUID> canceled = new ArrayList<>();
        views.forEachPage(views.pendingOnComputer(computerId), PAGE, page -> {
            context.checkpoint();
            canceled.addAll(cancel(page, computerId));
        });
        context.log(canceled.size() + " pending activities canceled");
        return JobOutcome.succeeded(0, "computer " + computerId + " removed; " + canceled.size()
                + " pending activities canceled", List.of(Manifest.of(computerId, canceled)));
    }

    /**
     * Cancels one page and waits until the view applied the cancels; returns the ones that took effect (an
     * activity delivered meanwhile keeps running: the conditional cancel lost to the delivery).
     */
    private List<UUID> cancel(List<ActivityState> page, String computerId) {
        String message = "computer " + computerId + " was removed";
        List<StatusChanged> cancels = page.stream()
                .map(state -> events.change(state.id(), state.status(), state.statusVersion(),
                        ActivityStatus.CANCELED, message, null, new ActivityError(ErrorCodes.COMPUTER_REMOVED, message)))
                .toList();
        var positions = events.publishAll(cancels).await().atMost(TIMEOUT);
        applied.awaitApplied(positions).await().atMost(TIMEOUT);
        List<UUID> ids = cancels.stream().map(StatusChanged::activityId).toList();
        Map<UUID, ActivityState> after = store.load(pool, ids).await().atMost(TIMEOUT);
        return ids.stream().filter(id -> after.containsKey(id) && after.get(id).error() != null
                && ErrorCodes.COMPUTER_REMOVED.equals(after.get(id).error().code())).toList();
    }

    /** The artifact: which activities were canceled (ids listed within the result size bound). */
    record Manifest(String computerId, int canceled, List<UUID> listed) {
        private static final int MAX_IDS = (ActivityResult.MAX_ARTIFACT_CHARS - 1000) / 40;

        static ActivityResult.Artifact of(String computerId, List<UUID> canceled) throws JsonProcessingException {
            List<UUID> listed = canceled.size() > MAX_IDS ? canceled.subList(0, MAX_IDS) : canceled;
            return new ActivityResult.Artifact("canceled-activities.json", "application/json",
                    EventCodec.mapper().writeValueAsString(new Manifest(computerId, canceled.size(), listed)));
        }
    }
}
