package io.activityplatform.jobs.reaction;

import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.jobs.publishing.JobEvents;
import io.activityplatform.events.rules.Reaction;
import io.activityplatform.service.claim.Claims;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Emits what the rules decided, as conditional status changes, and waits until the own view applied them,
 * so the next scan sees the outcome instead of reacting to the same state twice. A reaction that needs a
 * claim first (a missed deadline) claims, and fails the activity only if that claim won.
 */
@ApplicationScoped
public class ReactionEmitter {

    private static final Logger LOG = Logger.getLogger(ReactionEmitter.class);

    private final JobEvents events;
    private final Claims claims;
    private final ProjectionWatermark watermark;
    private final JobMetrics metrics;
    private final JobsConfig config;

    public ReactionEmitter(JobEvents events, Claims claims, ProjectionWatermark watermark, JobMetrics metrics,
            JobsConfig config) {
        this.events = events;
        this.claims = claims;
        this.watermark = watermark;
        this.metrics = metrics;
        this.config = config;
    }

    /** @return how many reactions were emitted */
    public Uni<Integer> emitAll(List<Reaction> reactions) {
        if (reactions.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        // One reaction that cannot be emitted is logged and retried by the next scan; it never stops the others.
        List<Uni<Void>> emissions = reactions.stream().map(reaction -> emit(reaction).onFailure()
                .invoke(error -> LOG.warnf("Reaction %s on %s not emitted: %s", reaction.rule(),
                        reaction.activityId(), error.getMessage()))
                .onFailure().recoverWithNull()).toList();
        return Uni.join().all(emissions).andCollectFailures()
                .map(done -> reactions.size())
                .invoke(emitted -> reactions.forEach(r -> metrics.reactionEmitted(ruleOf(r))));
    }

    private Uni<Void> emit(Reaction reaction) {
        if (!reaction.claimFirst()) {
            return publishApplied(events.fromReaction(reaction));
        }
        StatusChanged claim = events.change(reaction.activityId(), reaction.from(), reaction.expectedVersion(),
                ActivityStatus.IN_PROGRESS, "claimed to end it: " + reaction.reason(), null, null);
        return claims.claimThenEnd(claim, claimed -> events.change(reaction.activityId(), ActivityStatus.IN_PROGRESS,
                claimed.statusVersion(), reaction.to(), reaction.reason(), null, reaction.error()),
                config.applyTimeout()).replaceWithVoid();
    }

    private Uni<Void> publishApplied(StatusChanged change) {
        return events.publish(change)
                .flatMap(position -> watermark.awaitApplied(position, config.applyTimeout()))
                .replaceWithVoid();
    }

    /**
     * The rule behind a reaction, for {@code activities_reactions_total{rule}}: the error code it sets
     * (TIMED_OUT, DELIVERY_TIMED_OUT, DEPENDENCY_FAILED, ...) or the move it makes (SCHEDULED_QUEUED).
     */
    static String ruleOf(Reaction reaction) {
        return reaction.error() != null && reaction.error().code() != null ? reaction.error().code()
                : reaction.from() + "_" + reaction.to();
    }
}
