package io.activityplatform.jobs.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.execution.ExecutionClaims;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.repository.ServerActivityQueries;
import io.activityplatform.service.claim.Claim;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reactor does not wait for its claims (issue 11), so a scan while claims are in flight must neither claim
 * the same activity again nor claim beyond the free slots; a decided claim gives its slot back.
 */
class ClaimScanOverlapTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private final RunningJobs running = new RunningJobs(config(2));
    private final List<ActivityState> queued = new ArrayList<>();
    private final List<UUID> claimed = new ArrayList<>();
    private final List<UniEmitter<? super Claim>> pending = new ArrayList<>();
    private final ClaimScan scan = new ClaimScan(new Queue(), new HeldClaims(), null, running, null);

    @Test
    void aScanWhileClaimsAreInFlightSkipsThemAndCountsTheirSlots() {
        ActivityState first = queued();
        ActivityState second = queued();
        ActivityState third = queued();

        assertThat(scan.run(NOW).await().indefinitely()).isEqualTo(2);
        assertThat(claimed).containsExactly(first.id(), second.id());
        assertThat(running.free()).isZero();
        assertThat(running.claiming()).isEqualTo(2);

        // the view still shows all three QUEUED (the claims are not applied yet): nothing is claimed twice
        assertThat(scan.run(NOW).await().indefinitely()).isZero();
        assertThat(claimed).containsExactly(first.id(), second.id());

        // a lost claim gives its slot back; the next scan reads past the claim still in flight
        pending.get(0).complete(new Claim(Claim.Outcome.LOST, null, null));
        assertThat(running.claiming()).isEqualTo(1);
        assertThat(scan.run(NOW).await().indefinitely()).isEqualTo(1);
        assertThat(claimed).containsExactly(first.id(), second.id(), first.id());
        assertThat(third.status()).isEqualTo(ActivityStatus.QUEUED);
    }

    @Test
    void aFailedClaimGivesItsSlotBackToo() {
        queued();
        assertThat(scan.run(NOW).await().indefinitely()).isEqualTo(1);
        pending.get(0).fail(new IllegalStateException("log unavailable"));
        assertThat(running.claiming()).isZero();
        assertThat(running.free()).isEqualTo(2);
    }

    private ActivityState queued() {
        UUID id = UUID.randomUUID();
        ActivityState state = ActivityFold.apply(null, new ActivityCreated(UUID.randomUUID(), id, NOW,
                Actor.user("a"), "t", ActivityDefinition.of("GenerateUsgReportActivity", null, Map.of()),
                ActivityStatus.QUEUED)).state();
        queued.add(state);
        return state;
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

    /** Claims that stay in flight until the test decides them. */
    private final class HeldClaims extends ExecutionClaims {
        HeldClaims() {
            super(null, null, null, null, null, null, null);
        }

        @Override
        public Uni<Claim> claimForExecution(ActivityState seen) {
            claimed.add(seen.id());
            return Uni.createFrom().emitter(pending::add);
        }
    }

    private static JobsConfig config(int concurrency) {
        return (JobsConfig) Proxy.newProxyInstance(JobsConfig.class.getClassLoader(), new Class<?>[] {JobsConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("concurrency")) {
                        return concurrency;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
