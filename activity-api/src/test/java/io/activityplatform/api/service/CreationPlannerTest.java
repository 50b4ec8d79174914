package io.activityplatform.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.api.rest.dto.RetryRequest;
import io.activityplatform.api.rest.dto.WaitForRequest;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.event.WaitCondition.Until;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.service.rest.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreationPlannerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Map<String, Object> PARAMS = Map.of("interpreter", "/bin/sh", "code", "true");
    private static final WaitForRequest WAIT = new WaitForRequest(UUID.randomUUID(), Until.FINISHED, null);

    @Test
    void theInitialStatusFollowsApprovalThenDependencyThenDeliveryTime() {
        assertThat(status(null, null, null)).isEqualTo(ActivityStatus.QUEUED);
        assertThat(status(NOW.minusSeconds(1), null, null)).isEqualTo(ActivityStatus.QUEUED);
        assertThat(status(NOW, null, null)).isEqualTo(ActivityStatus.QUEUED);
        assertThat(status(NOW.plusSeconds(1), null, null)).isEqualTo(ActivityStatus.SCHEDULED);
        assertThat(status(NOW.plusSeconds(1), WAIT, null)).isEqualTo(ActivityStatus.WAITING);
        assertThat(status(NOW.plusSeconds(1), WAIT, true)).isEqualTo(ActivityStatus.BLOCKED);
        assertThat(status(null, null, false)).isEqualTo(ActivityStatus.QUEUED);
    }

    @Test
    void oneComputerGivesOneActivityWithTheFullDefinition() {
        UUID id = UUID.randomUUID();
        CreateActivityRequest r = new CreateActivityRequest(null, "ExecuteScriptRequest", "c1", null, null, PARAMS,
                null, NOW.plusSeconds(60), 30, WAIT, true, new RetryRequest(3, null, null, 100), 90, null);

        CreationPlan plan = CreationPlanner.plan(r, id, Actor.user("alice"), "activity-api", NOW,
                computer -> "acct-of-" + computer);

        assertThat(plan.group()).isFalse();
        assertThat(plan.activityIds()).containsExactly(id);
        ActivityCreated created = plan.events().get(0);
        assertThat(created.initialStatus()).isEqualTo(ActivityStatus.BLOCKED);
        assertThat(created.occurredAt()).isEqualTo(NOW);
        assertThat(created.actor()).isEqualTo(Actor.user("alice"));
        assertThat(created.source()).isEqualTo("activity-api");
        var d = created.definition();
        assertThat(d.summary()).isEqualTo(ActivityType.EXECUTE_SCRIPT_REQUEST.description());
        assertThat(d.waitFor().activityId()).isEqualTo(WAIT.activityId());
        assertThat(d.retry()).isEqualTo(new RetryPolicy(3, RetryPolicy.Backoff.FIXED, 0, 100));
        assertThat(d.timeoutSeconds()).isEqualTo(90);
        assertThat(d.deliverDelayWindowSeconds()).isEqualTo(30);
        assertThat(d.parentId()).isNull();
        assertThat(d.attempt()).isEqualTo(1);
        assertThat(d.accountId()).isEqualTo("acct-of-c1");
    }

    @Test
    void severalComputersShareTheRequestIdAsParentWithDerivedChildIds() {
        UUID parent = UUID.randomUUID();
        CreateActivityRequest r = new CreateActivityRequest(null, "ExecuteScriptRequest", null, List.of("a", "b"),
                " Patch Tuesday ", PARAMS, null, null, null, null, null, null, null, null);

        CreationPlan plan = CreationPlanner.plan(r, parent, Actor.user("alice"), "activity-api", NOW,
                computer -> "acct-" + computer);

        assertThat(plan.group()).isTrue();
        assertThat(plan.activityIds()).containsExactly(DeterministicIds.childActivity(parent, "a"),
                DeterministicIds.childActivity(parent, "b"));
        assertThat(plan.events()).allSatisfy(e -> {
            assertThat(e.definition().parentId()).isEqualTo(parent);
            assertThat(e.definition().summary()).isEqualTo("Patch Tuesday");
        });
        assertThat(plan.events()).extracting(e -> e.definition().computerId()).containsExactly("a", "b");
        // Each child belongs to its own computer's account.
        assertThat(plan.events()).extracting(e -> e.definition().accountId()).containsExactly("acct-a", "acct-b");
        assertThat(plan.events()).extracting(ActivityCreated::eventId).doesNotHaveDuplicates();
    }

    @Test
    void theIdComesFromTheClientTheIdempotencyKeyScopedByCreatorOrChance() {
        UUID mine = UUID.randomUUID();
        Violations v = new Violations();

        assertThat(CreationPlanner.resolveId(mine, null, "alice", v)).isEqualTo(mine);
        assertThat(CreationPlanner.resolveId(null, "k", "alice", v))
                .isEqualTo(DeterministicIds.idempotencyKey("alice", "k"))
                .isNotEqualTo(CreationPlanner.resolveId(null, "k", "bob", v));
        assertThat(CreationPlanner.resolveId(null, null, "alice", v))
                .isNotEqualTo(CreationPlanner.resolveId(null, null, "alice", v));
        assertThat(v.isEmpty()).isTrue();
    }

    @Test
    void anIdAndAKeyTogetherOrABadKeyAreViolations() {
        Violations v = new Violations();
        CreationPlanner.resolveId(UUID.randomUUID(), "k", "alice", v);
        CreationPlanner.resolveId(null, " ", "alice", v);
        CreationPlanner.resolveId(null, "k".repeat(256), "alice", v);

        assertThat(v.errors()).extracting(Problem.FieldError::field).containsOnly("Idempotency-Key").hasSize(3);
    }

    private static ActivityStatus status(Instant deliverAfter, WaitForRequest waitFor, Boolean approval) {
        return CreationPlanner.initialStatus(new CreateActivityRequest(null, "ExecuteScriptRequest", "c1", null, null,
                PARAMS, deliverAfter, null, null, waitFor, approval, null, null, null), NOW);
    }
}
