package io.activityplatform.messages.exchange;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.MessageOutcome;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.service.publishing.EventPublisher;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns agents' progress messages into progress events. Rate limit: all progress of one operation in one
 * exchange becomes a single event (the server sets how often agents exchange), so a chatty script cannot
 * flood the log. Output is bounded per message and per activity; what is cut is flagged as truncated.
 * Chunks at or below the activity's last applied chunk are redeliveries and are dropped.
 */
@ApplicationScoped
public class ProgressRecorder {

    private final OperationLookup lookup;
    private final ActivityEvents events;
    private final EventPublisher publisher;
    private final DeliveryRepository deliveries;
    private final MessagesConfig config;
    /** Field-injected so the tracing hook leaves the constructor alone. */
    @jakarta.inject.Inject
    ActivitySpans spans;

    public ProgressRecorder(OperationLookup lookup, ActivityEvents events, EventPublisher publisher,
            DeliveryRepository deliveries, MessagesConfig config) {
        this.lookup = lookup;
        this.events = events;
        this.publisher = publisher;
        this.deliveries = deliveries;
        this.config = config;
    }

    public Uni<List<MessageOutcome>> record(String computerId, List<AgentMessage.Progress> messages) {
        Map<UUID, List<AgentMessage.Progress>> byOperation = new LinkedHashMap<>();
        messages.forEach(m -> byOperation.computeIfAbsent(m.operationId(), id -> new ArrayList<>()).add(m));
        if (byOperation.isEmpty()) {
            return Uni.createFrom().item(new ArrayList<>());
        }
        // operations are independent: their events go out together and their waits overlap (issue 11)
        return Uni.join().all(byOperation.values().stream().map(group -> recordOne(computerId, group)).toList())
                .andFailFast()
                .map(groups -> groups.stream().flatMap(List::stream).collect(Collectors.toCollection(ArrayList::new)));
    }

    private Uni<List<MessageOutcome>> recordOne(String computerId, List<AgentMessage.Progress> group) {
        return lookup.find(computerId, group.get(0).operationId()).flatMap(found -> {
            if (found.refused()) {
                return Uni.createFrom().item(ignoreAll(group, found.refusal()));
            }
            if (found.state().status() != ActivityStatus.IN_PROGRESS) {
                return Uni.createFrom().item(ignoreAll(group, "activity is " + found.state().status()));
            }
            ProgressMerge merge = ProgressMerge.of(group, found.state().outputSequence(),
                    config.progress().maxChunkChars(),
                    config.progress().maxActivityChars() - found.delivery().outputChars());
            if (merge.isEmpty()) {
                return Uni.createFrom().item(ignoreAll(group, "duplicate progress"));
            }
            return spans.within("agent progress " + found.state().type(), found.state(),
                    found.state().claimEventId(),
                    () -> publish(computerId, found.state(), merge).replaceWith(merge.outcomes(group)));
        });
    }

    private Uni<Void> publish(String computerId, ActivityState state, ProgressMerge merge) {
        return publisher.publish(events.progress(state.id(), computerId, merge.percent(), merge.output(),
                        merge.lastSequence(), merge.truncated(), merge.altered()))
                .flatMap(position -> merge.output().isEmpty() ? Uni.createFrom().voidItem()
                        : deliveries.addOutput(state.id(), merge.output().length()));
    }

    private static List<MessageOutcome> ignoreAll(List<AgentMessage.Progress> group, String reason) {
        return group.stream().map(m -> MessageOutcome.ignored(m, reason)).toList();
    }
}
