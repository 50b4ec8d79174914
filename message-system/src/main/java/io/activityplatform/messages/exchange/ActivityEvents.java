package io.activityplatform.messages.exchange;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.rules.Reaction;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Builds the events this service emits, stamped with its clock and source. Every status change is
 * conditional on the version the caller saw, so a race with another replica or an operator is settled by the
 * log: the later event is rejected as a version conflict.
 */
@ApplicationScoped
public class ActivityEvents {

    private final Clock clock;
    private final String source;
    /** Counts reactions by rule; field-injected so the hook leaves the constructor alone (null in unit tests). */
    @jakarta.inject.Inject
    io.micrometer.core.instrument.MeterRegistry reactions;

    public ActivityEvents(Clock clock, PlatformConfig config) {
        this.clock = clock;
        this.source = config.serviceName();
    }

    /** The actor of this service's own decisions (claims, timeouts). */
    public Actor self() {
        return Actor.service(source);
    }

    /** A claim: IN_PROGRESS with a fresh event id, which the claimer later recognises in the fold. */
    public StatusChanged claim(ActivityState seen, String computerId) {
        return new StatusChanged(UUID.randomUUID(), seen.id(), clock.instant(), self(), source, seen.status(),
                ActivityStatus.IN_PROGRESS, seen.statusVersion(), "delivered to computer " + computerId, null, null);
    }

    /** The agent's result: SUCCEEDED or FAILED, on behalf of the agent. */
    public StatusChanged finish(ActivityState seen, String computerId, boolean succeeded, ActivityResult result,
            ActivityError error) {
        ActivityStatus to = succeeded ? ActivityStatus.SUCCEEDED : ActivityStatus.FAILED;
        return new StatusChanged(UUID.randomUUID(), seen.id(), clock.instant(), Actor.agent(computerId), source,
                seen.status(), to, seen.statusVersion(), "reported by the agent", result, error);
    }

    public ResultRecorded lateResult(ActivityState seen, String computerId, boolean succeeded, ActivityResult result,
            ActivityError error) {
        return new ResultRecorded(UUID.randomUUID(), seen.id(), clock.instant(), Actor.agent(computerId), source,
                succeeded ? ActivityStatus.SUCCEEDED : ActivityStatus.FAILED, result, error);
    }

    public ProgressReported progress(UUID activityId, String computerId, Integer percent, String output,
            long sequence, boolean truncated) {
        return progress(activityId, computerId, percent, output, sequence, truncated, false);
    }

    /** @param altered the output was made legal text (illegal characters replaced with U+FFFD) */
    public ProgressReported progress(UUID activityId, String computerId, Integer percent, String output,
            long sequence, boolean truncated, boolean altered) {
        return new ProgressReported(UUID.randomUUID(), activityId, clock.instant(), Actor.agent(computerId), source,
                percent, output, sequence, truncated, altered);
    }

    /**
     * A reaction (timeout, deadline, dependency): its event id is derived from the activity, the reaction and
     * the version seen, so replicas scanning the same view emit the very same event.
     */
    public StatusChanged reaction(ActivityState seen, String reaction, ActivityStatus to, String reason,
            ActivityError error) {
        return reaction(seen.id(), seen.status(), seen.statusVersion(), reaction, to, reason, error);
    }

    /** What a rule decided, with the deterministic id of {@link #reaction(ActivityState, String, ActivityStatus, String, ActivityError)}. */
    public StatusChanged fromReaction(Reaction reaction) {
        return reaction(reaction.activityId(), reaction.from(), reaction.expectedVersion(), reaction.rule(),
                reaction.to(), reaction.reason(), reaction.error());
    }

    /** The claim of a claim-then-end reaction: IN_PROGRESS first, deterministic like any reaction. */
    public StatusChanged claimToEnd(Reaction reaction) {
        return reaction(reaction.activityId(), reaction.from(), reaction.expectedVersion(), reaction.rule() + "-claim",
                ActivityStatus.IN_PROGRESS, "claimed to end it: " + reaction.reason(), null);
    }

    private StatusChanged reaction(UUID activityId, ActivityStatus from, int version, String reaction,
            ActivityStatus to, String reason, ActivityError error) {
        UUID eventId = DeterministicIds.reactionEvent(activityId, reaction, version);
        if (reactions != null) {
            reactions.counter(io.activityplatform.service.metrics.MetricNames.REACTIONS,
                    io.activityplatform.service.metrics.MetricNames.TAG_RULE, reaction).increment();
        }
        return new StatusChanged(eventId, activityId, clock.instant(), self(), source, from, to, version, reason,
                null, error);
    }
}
