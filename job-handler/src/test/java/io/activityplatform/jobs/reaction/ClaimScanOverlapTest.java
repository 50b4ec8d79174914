package io.activityplatform.jobs.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.execution.ExecutionClaims;
import io.activityplatform.jobs.execution.JobRunner;
import io.activityplatform.jobs.execution.RunningJob;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.handler.HandlerRegistry;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.repository.ServerActivityQueries;
import io.activityplatform.service.claim.Claim;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A scan claims its whole page as one batch (issue 11) and does not wait for it, so a scan while a batch is in
 * flight must neither claim the same activity again nor claim beyond the free slots; a decided batch gives its
 * slots back, and each claim of it that won starts its handler before its slot is given back, each lost or
 * undecided one starts nothing.
 */
class ClaimScanOverlapTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private final List<ActivityState> queued = new ArrayList<>();
    private final List<List<UUID>> batches = new ArrayList<>();
    private final List<UniEmitter<? super List<Claim>>> pending = new ArrayList<>();
    /** Handler starts: activity id, whether under its own claim, whether its slot was still held then. */
    private final List<String> started = new CopyOnWriteArrayList<>();

    @Test
    void aScanClaimsItsWholePageInOneBatch() {
        ClaimScan scan = scan(3);
        ActivityState first = queued();
        ActivityState second = queued();
        ActivityState third = queued();
        queued();

        assertThat(scan.run(NOW).await().indefinitely()).isEqualTo(3);

        assertThat(batches).containsExactly(List.of(first.id(), second.id(), third.id()));
        assertThat(running.free()).isZero();
        assertThat(running.claiming()).isEqualTo(3);
    }

    @Test
    void aScanWhileABatchIsInFlightSkipsItsClaimsAndCountsTheirSlots() {
        ClaimScan scan = scan(3);
        ActivityState first = queued();
        ActivityState second = queued();

        assertThat(scan.run(NOW).await().indefinitely()).isEqualTo(2);
        ActivityState third = queued();
        queued();
        // the view still shows the first two QUEUED (the batch is not applied yet): read past them, claim one
        assertThat(scan.run(NOW).await().indefinitely()).isEqualTo(1);
        assertThat(scan.run(NOW).await().indefinitely()).isZero();

        assertThat(batches).containsExactly(List.of(first.id(), second.id()), List.of(third.id()));
        assertThat(running.claiming()).isEqualTo(3);
    }

    @Test
    void aDecidedBatchStartsEachWinnerBeforeGivingBackTheSlotsOfAll() {
        ClaimScan scan = scan(3);
        ActivityState won = queued();
        ActivityState lost = queued();
        ActivityState undecided = queued();
        scan.run(NOW).await().indefinitely();

        pending.get(0).complete(List.of(decided(Claim.Outcome.WON, won), decided(Claim.Outcome.LOST, lost),
                decided(Claim.Outcome.UNDECIDED, undecided)));

        assertThat(started).containsExactly(won.id() + " slot held");
        assertThat(running.claiming()).isZero();
        // a lost or undecided claim gives its slot back: the next scan may claim those activities anew
        assertThat(scan.run(NOW).await().indefinitely()).isEqualTo(3);
        assertThat(batches.get(1)).containsExactly(won.id(), lost.id(), undecided.id());
    }

    @Test
    void aWinnerThatCannotStartDoesNotKeepTheOthersFromStarting() {
        ClaimScan scan = scan(3);
        ActivityState refused = queued();
        ActivityState other = queued();
        refuse = refused.id();
        scan.run(NOW).await().indefinitely();

        pending.get(0).complete(List.of(decided(Claim.Outcome.WON, refused), decided(Claim.Outcome.WON, other)));

        assertThat(started).containsExactly(other.id() + " slot held");
        assertThat(running.claiming()).isZero();
    }

    @Test
    void aFailedBatchGivesAllItsSlotsBack() {
        ClaimScan scan = scan(2);
        queued();
        queued();
        assertThat(scan.run(NOW).await().indefinitely()).isEqualTo(2);

        pending.get(0).fail(new IllegalStateException("log unavailable"));

        assertThat(running.claiming()).isZero();
        assertThat(running.free()).isEqualTo(2);
        assertThat(started).isEmpty();
    }

    private RunningJobs running;
    private UUID refuse;

    private ClaimScan scan(int concurrency) {
        running = new RunningJobs(config(concurrency));
        return new ClaimScan(new Queue(), new HeldClaims(), new Runner(concurrency), running, registry());
    }

    private ActivityState queued() {
        UUID id = UUID.randomUUID();
        ActivityState state = ActivityFold.apply(null, new ActivityCreated(UUID.randomUUID(), id, NOW,
                Actor.user("a"), "t", ActivityDefinition.of("GenerateUsgReportActivity", null, Map.of()),
                ActivityStatus.QUEUED)).state();
        queued.add(state);
        return state;
    }

    /** A decision as the view would give it: a won claim carries the state IN_PROGRESS under it. */
    private static Claim decided(Claim.Outcome outcome, ActivityState seen) {
        StatusChanged claim = new StatusChanged(UUID.randomUUID(), seen.id(), NOW, Actor.service("job-handler"),
                "t", seen.status(), ActivityStatus.IN_PROGRESS, seen.statusVersion(), "t", null, null);
        ActivityState state = outcome == Claim.Outcome.UNDECIDED ? null
                : outcome == Claim.Outcome.WON ? ActivityFold.apply(seen, claim).state() : seen;
        return new Claim(outcome, claim, state);
    }

    /** The view: every row QUEUED, oldest first, at most the page asked for. */
    private final class Queue extends ServerActivityQueries {
        Queue() {
            super(null);
        }

        @Override
        public Uni<List<ActivityState>> queued(int limit) {
            return Uni.createFrom().item(List.copyOf(queued.subList(0, Math.min(limit, queued.size()))));
        }
    }

    /** Batches that stay in flight until the test decides them. */
    private final class HeldClaims extends ExecutionClaims {
        HeldClaims() {
            super(null, null, null, null, null, null, null);
        }

        @Override
        public Uni<List<Claim>> claimAllForExecution(List<ActivityState> seen) {
            batches.add(seen.stream().map(ActivityState::id).toList());
            return Uni.createFrom().emitter(pending::add);
        }
    }

    /** Records handler starts instead of running anything. */
    private final class Runner extends JobRunner {
        Runner(int concurrency) {
            super(config(concurrency), null, null, null, null, null, null);
        }

        @Override
        public RunningJob start(ActivityState state, UUID claimEventId, JobHandler handler) {
            if (state.id().equals(refuse)) {
                throw new IllegalStateException("activity " + state.id() + " already runs in this process");
            }
            started.add(state.id() + (state.claimedBy(claimEventId) ? "" : " not under its own claim")
                    + (running.isClaiming(state.id()) ? " slot held" : " slot released"));
            return null;
        }
    }

    /** A registry with a do-nothing handler for every server type (it validates that all have one). */
    @SuppressWarnings("unchecked")
    private static HandlerRegistry registry() {
        List<JobHandler> handlers = Arrays.stream(ActivityType.values()).filter(t -> t.kind() == ActivityKind.SERVER)
                .map(t -> (JobHandler) Proxy.newProxyInstance(JobHandler.class.getClassLoader(),
                        new Class<?>[] {JobHandler.class}, (proxy, method, args) -> switch (method.getName()) {
                            case "type" -> t.wireName();
                            case "idempotent" -> true;
                            default -> throw new UnsupportedOperationException(method.getName());
                        }))
                .toList();
        Instance<JobHandler> instance = (Instance<JobHandler>) Proxy.newProxyInstance(Instance.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("iterator")) {
                        return handlers.iterator();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new HandlerRegistry(instance);
    }

    private static JobsConfig config(int concurrency) {
        return (JobsConfig) Proxy.newProxyInstance(JobsConfig.class.getClassLoader(), new Class<?>[] {JobsConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "concurrency" -> concurrency;
                    case "applyTimeout" -> Duration.ofSeconds(1);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
