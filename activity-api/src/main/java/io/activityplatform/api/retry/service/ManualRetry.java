package io.activityplatform.api.retry.service;

import io.activityplatform.api.service.AllowedCommands;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.publishing.ReadYourWrites;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /activities/{id}/retry}: the next attempt of a FAILED or CANCELED activity, QUEUED now.
 *
 * <p>Its id is the chain's attempt id ({@link RetryAttempts#nextId}), so the request is idempotent: when the
 * next attempt already exists (an earlier identical request, or the automatic retry got there first) nothing
 * is published and that attempt is the answer.
 */
@ApplicationScoped
public class ManualRetry {

    /** What the request produced. {@code visible} false: the bound of read-your-writes passed first. */
    public record Outcome(UUID attemptId, ActivityState attempt, ActivityCreated create, boolean created,
            boolean visible) {
    }

    private final ActivityViewStore view;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;
    private final String source;

    public ManualRetry(ActivityViewStore view, ReadYourWrites readYourWrites, Clock clock, PlatformConfig platform) {
        this.view = view;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
        this.source = platform.serviceName();
    }

    /** Retries an activity of {@code accounts}; another account's is a 404 like an unknown one. */
    public Uni<Outcome> retry(UUID id, Actor actor, Set<String> accounts) {
        return view.find(id, accounts)
                .map(found -> retriable(found.orElseThrow(() -> ProblemException.notFound("no activity " + id))))
                .flatMap(retried -> view.find(RetryAttempts.nextId(retried)).flatMap(existing -> existing.isPresent()
                        ? Uni.createFrom().item(new Outcome(existing.get().id(), existing.get(), null, false, true))
                        : create(RetryAttempts.manual(retried, actor, source, clock.instant()))));
    }

    private Uni<Outcome> create(ActivityCreated create) {
        return readYourWrites.publisher().publish(create)
                .flatMap(position -> readYourWrites.awaitApplied(List.of(position)))
                .flatMap(applied -> applied ? view.find(create.activityId())
                        : Uni.createFrom().item(Optional.<ActivityState>empty()))
                .map(state -> new Outcome(create.activityId(), state.orElse(null), create, true, state.isPresent()));
    }

    private static ActivityState retriable(ActivityState state) {
        if (AllowedCommands.retriable(state.status())) {
            return state;
        }
        throw new ProblemException(Problem.of(409, "Conflict", "only a FAILED or CANCELED activity can be retried; "
                        + state.id() + " is " + state.status())
                .with("currentStatus", state.status())
                .with("retriableStatuses", List.of(ActivityStatus.FAILED, ActivityStatus.CANCELED)));
    }
}
