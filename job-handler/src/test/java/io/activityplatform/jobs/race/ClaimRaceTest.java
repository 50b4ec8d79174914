package io.activityplatform.jobs.race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.JobScripts;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.projection.RecordPosition;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many server activities, claimed at once by the job-handler and by a competing rogue claimer (a second
 * "replica" that executes what it wins), while an operator cancels a third of them: every activity runs at
 * most once, and every one ends final.
 *
 * <p>The rogue claims every other activity the moment its creation is acknowledged by the log (a replica
 * whose view is ahead of the job-handler's: the claim is published by the creating thread, right behind the
 * creation), and the rest only once the job-handler's own view shows them. Waiting for the view alone let the
 * job-handler, which claims on its projection's commit signal, win every race on a loaded machine, and then
 * the test no longer raced anything.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ClaimRaceTest {

    private static final int ACTIVITIES = 60;
    private static final Actor ROGUE = Actor.service("rogue-claimer");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    EventPublisher publisher;
    @Inject
    ProjectionWatermark watermark;
    @Inject
    ActivityViewStore views;
    @Inject
    JobScripts scripts;
    @Inject
    Activities activities;
    @Inject
    MutableClock clock;
    @Inject
    Pool pool;

    private final Map<UUID, Integer> rogueExecutions = new ConcurrentHashMap<>();
    private final Set<UUID> rogueClaims = ConcurrentHashMap.newKeySet();
    /** The claims the rogue published right behind a creation, and where the log put them. */
    private final Map<UUID, Sent> eagerClaims = new ConcurrentHashMap<>();

    private record Sent(StatusChanged claim, RecordPosition position) {
    }

    @Test
    void everyActivityRunsAtMostOnceAndEndsFinal() throws Exception {
        scripts.register("race", context -> {
            context.progress(50);
            context.checkpoint();
            return JobOutcome.succeeded("ran once");
        });
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < ACTIVITIES; i++) {
            ids.add(UUID.randomUUID());
        }

        ExecutorService racers = Executors.newFixedThreadPool(3);
        try {
            Future<?> creator = racers.submit(() -> ids.forEach(id -> create(id, ids.indexOf(id) % 2 == 0)));
            Future<?> rogue = racers.submit(() -> ids.forEach(id -> rogueSettles(id, ids.indexOf(id) % 2 == 0)));
            Future<?> operator = racers.submit(() -> ids.stream().filter(id -> ids.indexOf(id) % 3 == 0)
                    .forEach(this::cancelWhenVisible));
            creator.get();
            rogue.get();
            operator.get();
        } finally {
            racers.shutdownNow();
        }

        await().atMost(WAIT).until(() -> ids.stream().allMatch(id -> activities.find(id)
                .map(ActivityState::isFinal).orElse(false)));
        int jobHandlerWins = 0;
        for (UUID id : ids) {
            ActivityState state = activities.state(id);
            int executions = scripts.executions(id) + rogueExecutions.getOrDefault(id, 0);
            assertThat(executions).as("executions of %s", id).isLessThanOrEqualTo(1);
            if (state.claimEventId() != null && rogueClaims.contains(state.claimEventId())) {
                assertThat(scripts.executions(id)).as("job-handler ran %s claimed by the rogue", id).isZero();
            } else if (state.claimEventId() != null) {
                jobHandlerWins++;
                assertThat(state.claimedBy()).isEqualTo(Actor.service("job-handler"));
                if (state.status() == ActivityStatus.SUCCEEDED) {
                    assertThat(scripts.executions(id)).isEqualTo(1);
                }
            } else {
                assertThat(state.status()).isEqualTo(ActivityStatus.CANCELED);
                assertThat(executions).isZero();
            }
        }
        assertThat(jobHandlerWins).as("the job-handler won some claims").isPositive();
        assertThat(rogueExecutions).as("the rogue won some claims").isNotEmpty();
        await().atMost(WAIT).untilAsserted(() -> assertThat(pool.preparedQuery(
                "select count(*) from job_executions where activity_id = any($1)")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(ids.toArray(UUID[]::new))).await().atMost(WAIT)
                .iterator().next().getLong(0)).as("execution rows are dropped once final or lost").isZero());
    }

    /** Creates the activity; an eager rogue claims it right behind the creation, on the folded creation. */
    private void create(UUID id, boolean eagerRogue) {
        ActivityCreated event = new ActivityCreated(UUID.randomUUID(), id, clock.instant(), Activities.OPERATOR,
                "activity-api", Activities.scripted("race"), ActivityStatus.QUEUED);
        publisher.publish(event).await().atMost(WAIT);
        if (eagerRogue) {
            StatusChanged claim = rogueClaimOn(ActivityFold.apply(null, event).state());
            eagerClaims.put(id, new Sent(claim, publisher.publish(claim).await().atMost(WAIT)));
        }
    }

    /**
     * The rogue's side of each activity, as a competing replica would act: claim on the version it has seen
     * (eagerly: already done by the creator; otherwise once the job-handler's view shows it QUEUED), and run
     * what it won.
     */
    private void rogueSettles(UUID id, boolean eager) {
        if (eager) {
            await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(() -> eagerClaims.containsKey(id));
            Sent sent = eagerClaims.get(id);
            settle(id, sent.claim(), sent.position());
            return;
        }
        ActivityState seen = awaitVisible(id);
        if (seen.status() == ActivityStatus.QUEUED) {
            StatusChanged claim = rogueClaimOn(seen);
            settle(id, claim, publisher.publish(claim).await().atMost(WAIT));
        }
    }

    private StatusChanged rogueClaimOn(ActivityState seen) {
        StatusChanged claim = new StatusChanged(UUID.randomUUID(), seen.id(), clock.instant(), ROGUE, ROGUE.id(),
                seen.status(), ActivityStatus.IN_PROGRESS, seen.statusVersion(), "rogue claim", null, null);
        rogueClaims.add(claim.eventId());
        return claim;
    }

    /** Once the claim is applied: when the fold recorded it, the rogue runs the activity and reports it done. */
    private void settle(UUID id, StatusChanged claim, RecordPosition position) {
        awaitApplied(position);
        ActivityState after = views.find(id).await().atMost(WAIT).orElseThrow();
        if (after.claimedBy(claim.eventId())) {
            rogueExecutions.merge(id, 1, Integer::sum);
            publisher.publish(new StatusChanged(UUID.randomUUID(), id, clock.instant(), ROGUE, ROGUE.id(),
                    ActivityStatus.IN_PROGRESS, ActivityStatus.SUCCEEDED, after.statusVersion(), "rogue done", null,
                    null)).await().atMost(WAIT);
        }
    }

    private void cancelWhenVisible(UUID id) {
        awaitVisible(id);
        activities.cancel(id);
    }

    private ActivityState awaitVisible(UUID id) {
        await().atMost(WAIT).until(() -> views.find(id).await().atMost(WAIT).isPresent());
        return views.find(id).await().atMost(WAIT).orElseThrow();
    }

    private void awaitApplied(RecordPosition position) {
        await().atMost(WAIT).until(() -> watermark.awaitApplied(position, Duration.ZERO).await().atMost(WAIT));
    }
}
