package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.fold.FoldResult;
import io.activityplatform.events.fold.Rejection;
import io.activityplatform.events.rules.Reaction;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.metrics.MetricNames;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The events message-system emits, without a service: they carry the version the caller saw (so a race is
 * settled by the log), the right actor, the clock's time, and reactions get the same id on every replica.
 */
class ActivityEventsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final ActivityEvents events = new ActivityEvents(Clock.fixed(NOW, ZoneOffset.UTC),
            config("message-system"));

    private static PlatformConfig config(String serviceName) {
        return (PlatformConfig) Proxy.newProxyInstance(PlatformConfig.class.getClassLoader(),
                new Class<?>[] {PlatformConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("serviceName")) {
                        return serviceName;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ActivityState queued() {
        ActivityCreated created = new ActivityCreated(UUID.randomUUID(), UUID.randomUUID(), NOW.minusSeconds(60),
                Actor.user("alice"), "activity-api",
                ActivityDefinition.of("ExecuteScriptRequest", "computer-1", Map.of("code", "echo hi")),
                ActivityStatus.QUEUED);
        return ActivityFold.apply(null, created).state();
    }

    private static FoldResult apply(ActivityState state, ActivityEvent event) {
        return ActivityFold.apply(state, event);
    }

    @Test
    void aClaimMovesToInProgressAtTheSeenVersionOnBehalfOfTheService() {
        ActivityState seen = queued();

        StatusChanged claim = events.claim(seen, "computer-1");

        assertThat(claim.activityId()).isEqualTo(seen.id());
        assertThat(claim.from()).isEqualTo(ActivityStatus.QUEUED);
        assertThat(claim.to()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(claim.expectedVersion()).isEqualTo(seen.statusVersion());
        assertThat(claim.actor()).isEqualTo(Actor.service("message-system"));
        assertThat(claim.source()).isEqualTo("message-system");
        assertThat(claim.occurredAt()).isEqualTo(NOW);
        assertThat(claim.reason()).contains("computer-1");
        FoldResult applied = apply(seen, claim);
        assertThat(applied.applied()).isTrue();
        assertThat(applied.state().claimEventId()).as("the claimer recognises its own event")
                .isEqualTo(claim.eventId());
    }

    @Test
    void twoClaimsOnTheSameSeenStateAreSettledByTheLogOnlyTheFirstApplies() {
        ActivityState seen = queued();
        StatusChanged first = events.claim(seen, "computer-1");
        StatusChanged second = events.claim(seen, "computer-1");

        assertThat(first.eventId()).isNotEqualTo(second.eventId());
        ActivityState afterFirst = apply(seen, first).state();
        FoldResult late = apply(afterFirst, second);

        assertThat(late.applied()).isFalse();
        assertThat(((FoldResult.Rejected) late).reason()).isIn(Rejection.VERSION_CONFLICT,
                Rejection.TRANSITION_NOT_ALLOWED);
        assertThat(late.state().claimEventId()).isEqualTo(first.eventId());
    }

    @Test
    void anAgentsResultIsOnBehalfOfTheAgentAndEndsAsReported() {
        ActivityState seen = queued();
        ActivityState inProgress = apply(seen, events.claim(seen, "computer-1")).state();

        StatusChanged succeeded = events.finish(inProgress, "computer-1", true, ActivityResult.of(0, "ok"), null);
        StatusChanged failed = events.finish(inProgress, "computer-1", false, ActivityResult.of(2, "no"),
                new ActivityError("SCRIPT_FAILED", "exit 2"));

        assertThat(inProgress.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(succeeded.to()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(failed.to()).isEqualTo(ActivityStatus.FAILED);
        assertThat(succeeded.actor()).isEqualTo(Actor.agent("computer-1"));
        assertThat(succeeded.expectedVersion()).isEqualTo(inProgress.statusVersion());
        assertThat(apply(inProgress, succeeded).state().result().code()).isZero();
        ActivityState failedState = apply(inProgress, failed).state();
        assertThat(failedState.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(failedState.error().code()).isEqualTo("SCRIPT_FAILED");
    }

    @Test
    void aLateResultReportsTheAgentsVerdictWithoutAStatusChange() {
        ActivityState seen = queued();

        var late = events.lateResult(seen, "computer-7", false, ActivityResult.of(1, "late"), null);

        assertThat(late.reportedStatus()).isEqualTo(ActivityStatus.FAILED);
        assertThat(late.actor()).isEqualTo(Actor.agent("computer-7"));
        assertThat(events.lateResult(seen, "computer-7", true, null, null).reportedStatus())
                .isEqualTo(ActivityStatus.SUCCEEDED);
    }

    @Test
    void progressKeepsItsSequenceAndFlags() {
        UUID id = UUID.randomUUID();

        var plain = events.progress(id, "computer-1", 40, "half", 7, false);
        var altered = events.progress(id, "computer-1", null, "\uFFFD", 8, true, true);

        assertThat(plain.sequence()).isEqualTo(7);
        assertThat(plain.percent()).isEqualTo(40);
        assertThat(plain.truncated()).isFalse();
        assertThat(plain.outputAltered()).as("absent unless altered").isNull();
        assertThat(altered.truncated()).isTrue();
        assertThat(altered.outputAltered()).isTrue();
        assertThat(plain.eventId()).isNotEqualTo(altered.eventId());
        assertThat(plain.actor()).isEqualTo(Actor.agent("computer-1"));
    }

    @Test
    void aReactionHasTheSameIdOnEveryReplicaAndANewOneForEachVersionOrRule() {
        ActivityState seen = queued();
        ActivityEvents otherReplica = new ActivityEvents(Clock.fixed(NOW.plusSeconds(5), ZoneOffset.UTC),
                config("message-system"));

        StatusChanged here = events.reaction(seen, "delivery-deadline", ActivityStatus.CANCELED, "too late", null);
        StatusChanged there = otherReplica.reaction(seen, "delivery-deadline", ActivityStatus.CANCELED, "too late",
                null);

        assertThat(here.eventId()).isEqualTo(there.eventId());
        assertThat(events.reaction(seen, "timeout", ActivityStatus.CANCELED, "x", null).eventId())
                .isNotEqualTo(here.eventId());
        ActivityState later = new ActivityState(seen.id(), seen.kind(), seen.definition(), seen.status(),
                seen.statusVersion() + 1, seen.createdAt(), seen.createdBy(), seen.updatedAt(), null, null, null,
                null, null, null, null, "", 0, false, null, null, false, false, false);
        assertThat(events.reaction(later, "delivery-deadline", ActivityStatus.CANCELED, "too late", null).eventId())
                .isNotEqualTo(here.eventId());
        assertThat(here.expectedVersion()).isEqualTo(seen.statusVersion());
        assertThat(here.actor()).isEqualTo(Actor.service("message-system"));
    }

    @Test
    void aRuleDecisionAndItsClaimToEndAreDistinctDeterministicEvents() {
        ActivityState seen = queued();
        Reaction reaction = Reaction.of("timeout", seen, ActivityStatus.FAILED, "ran too long",
                new ActivityError("TIMED_OUT", "ran too long"));

        StatusChanged decided = events.fromReaction(reaction);
        StatusChanged claim = events.claimToEnd(reaction);

        assertThat(decided.eventId()).isEqualTo(events.reaction(seen, "timeout", ActivityStatus.FAILED,
                "ran too long", null).eventId());
        assertThat(claim.eventId()).isNotEqualTo(decided.eventId());
        assertThat(claim.eventId()).isEqualTo(events.claimToEnd(reaction).eventId());
        assertThat(claim.to()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(claim.reason()).endsWith("ran too long");
        assertThat(decided.error().code()).isEqualTo("TIMED_OUT");
        assertThat(decided.to()).isEqualTo(ActivityStatus.FAILED);
    }

    @Test
    void reactionsAreCountedByRuleWhenMetricsAreThere() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        events.reactions = registry;
        ActivityState seen = queued();

        events.reaction(seen, "timeout", ActivityStatus.CANCELED, "x", null);
        events.reaction(seen, "timeout", ActivityStatus.CANCELED, "x", null);
        events.reaction(seen, "dependency", ActivityStatus.CANCELED, "x", null);

        assertThat(registry.get(MetricNames.REACTIONS).tag(MetricNames.TAG_RULE, "timeout").counter().count())
                .isEqualTo(2.0);
        assertThat(registry.get(MetricNames.REACTIONS).tag(MetricNames.TAG_RULE, "dependency").counter().count())
                .isEqualTo(1.0);
        assertThat(registry.find(MetricNames.REACTIONS).counters()).hasSize(2);
    }
}
