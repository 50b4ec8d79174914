package io.activityplatform.messages.exchange;

import io.activityplatform.events.codec.LegalText;
import io.activityplatform.events.codec.LegalValues;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.MessageOutcome;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.publishing.ReadYourWrites;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Seed 000 steps 6–8: an operation result becomes SUCCEEDED or FAILED (conditional on the version seen); on
 * an activity canceled while it ran, it is recorded without changing the status. Results for another
 * computer's or an unknown operation, and duplicates, change nothing and say why.
 */
@ApplicationScoped
public class ResultRecorder {

    private final OperationLookup lookup;
    private final ActivityEvents events;
    private final ReadYourWrites readYourWrites;
    private final ActivityViewStore view;
    private final DeliveryRepository deliveries;
    private final Clock clock;
    /** Field-injected so the tracing hook leaves the constructor alone. */
    @jakarta.inject.Inject
    ActivitySpans spans;

    public ResultRecorder(OperationLookup lookup, ActivityEvents events, ReadYourWrites readYourWrites,
            ActivityViewStore view, DeliveryRepository deliveries, Clock clock) {
        this.lookup = lookup;
        this.events = events;
        this.readYourWrites = readYourWrites;
        this.view = view;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public Uni<MessageOutcome> record(String computerId, AgentMessage.Result result) {
        return lookup.find(computerId, result.operationId()).flatMap(found -> {
            if (found.refused()) {
                return Uni.createFrom().item(MessageOutcome.ignored(result, found.refusal()));
            }
            if (found.delivery().resultAt() != null) {
                return Uni.createFrom().item(MessageOutcome.ignored(result, "duplicate: result already recorded"));
            }
            return spans.within("agent result " + found.state().type(), found.state(),
                    found.state().claimEventId(), () -> apply(computerId, found.state(), result)
                            .call(outcome -> outcome.outcome() == MessageOutcome.Outcome.ACCEPTED
                                    ? deliveries.markResult(result.operationId(), clock.instant())
                                    : Uni.createFrom().voidItem()));
        });
    }

    private Uni<MessageOutcome> apply(String computerId, ActivityState state, AgentMessage.Result result) {
        if (state.status() == ActivityStatus.IN_PROGRESS) {
            return publish(events.finish(state, computerId, result.succeeded(), resultOf(result), errorOf(result)))
                    .flatMap(v -> view.find(state.id()))
                    .flatMap(now -> now.isPresent() && now.get().status() == ActivityStatus.IN_PROGRESS
                            ? Uni.createFrom().item(MessageOutcome.accepted(result, "result sent; not applied yet"))
                            : afterRace(computerId, now.orElse(state), result));
        }
        return afterRace(computerId, state, result);
    }

    /** The activity is no longer running: ours won, or a cancel or timeout came first. */
    private Uni<MessageOutcome> afterRace(String computerId, ActivityState state, AgentMessage.Result result) {
        ActivityStatus reported = result.succeeded() ? ActivityStatus.SUCCEEDED : ActivityStatus.FAILED;
        if (state.status() == reported && Actor.agent(computerId).equals(state.statusChangedBy())) {
            return Uni.createFrom().item(MessageOutcome.accepted(result, "activity " + reported));
        }
        if (state.canceledWhileRunning() && !state.lateResult()) {
            return publish(events.lateResult(state, computerId, result.succeeded(), resultOf(result), errorOf(result)))
                    .replaceWith(MessageOutcome.accepted(result, "recorded on the canceled activity; it stays CANCELED"));
        }
        if (state.lateResult()) {
            return Uni.createFrom().item(MessageOutcome.ignored(result, "duplicate: late result already recorded"));
        }
        String why = state.error() == null ? "" : " (" + state.error().code() + ")";
        return Uni.createFrom().item(MessageOutcome.ignored(result, "activity is already " + state.status() + why));
    }

    private Uni<Boolean> publish(ActivityEvent event) {
        return readYourWrites.publisher().publish(event)
                .flatMap(position -> readYourWrites.awaitApplied(List.of(position)));
    }

    /**
     * The text is made legal (U+FFFD for illegal characters, flagged) and bounded like collected output, so
     * nothing an agent prints can put an unreadable or huge event on the log.
     */
    static ActivityResult resultOf(AgentMessage.Result result) {
        LegalText.Cleaned text = LegalText.clean(result.text(), ActivityState.MAX_OUTPUT_CHARS);
        String kept = text.truncated() ? text.text() + "\n[result text truncated]" : text.text();
        return new ActivityResult(result.code(), kept, List.of(), text.altered());
    }

    static ActivityError errorOf(AgentMessage.Result result) {
        if (result.succeeded()) {
            return null;
        }
        String code = result.errorCode() == null ? ErrorCodes.EXECUTION_FAILED
                : LegalText.clean(result.errorCode(), LegalValues.MAX_NAME_CHARS).text();
        String message = result.code() == null ? "failed on the computer" : "exit code " + result.code();
        return new ActivityError(code, message);
    }
}
