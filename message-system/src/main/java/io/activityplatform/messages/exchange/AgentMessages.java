package io.activityplatform.messages.exchange;

import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.MessageOutcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Handles the agent's fresh messages: all progress first (one event per operation), then the results, so an
 * operation's last output is in the log before its final status. Results of different operations are
 * independent and recorded together (their events go out in one produce request and their waits for the view
 * overlap: issue 11); a repeated result for the same operation in the same exchange waits for the first, so it
 * is recognised as the duplicate it is.
 */
@ApplicationScoped
public class AgentMessages {

    private final ProgressRecorder progress;
    private final ResultRecorder results;

    public AgentMessages(ProgressRecorder progress, ResultRecorder results) {
        this.progress = progress;
        this.results = results;
    }

    /** @return one outcome per message: the progress messages' first, then the results', each in its order */
    public Uni<List<MessageOutcome>> process(String computerId, List<AgentMessage> messages) {
        List<AgentMessage.Progress> progressMessages = messages.stream()
                .filter(AgentMessage.Progress.class::isInstance).map(AgentMessage.Progress.class::cast).toList();
        List<AgentMessage.Result> resultMessages = messages.stream()
                .filter(AgentMessage.Result.class::isInstance).map(AgentMessage.Result.class::cast).toList();
        return progress.record(computerId, progressMessages)
                .flatMap(recorded -> results(computerId, resultMessages).map(outcomes -> {
                    List<MessageOutcome> all = new ArrayList<>(recorded);
                    all.addAll(outcomes);
                    return all;
                }));
    }

    private Uni<List<MessageOutcome>> results(String computerId, List<AgentMessage.Result> messages) {
        if (messages.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<UUID, Uni<MessageOutcome>> lastOfOperation = new HashMap<>();
        List<Uni<MessageOutcome>> each = new ArrayList<>(messages.size());
        for (AgentMessage.Result result : messages) {
            Uni<MessageOutcome> earlier = lastOfOperation.get(result.operationId());
            // memoized: the join and a later duplicate's chain both subscribe, the result is recorded once
            Uni<MessageOutcome> recorded = (earlier == null ? results.record(computerId, result)
                    : earlier.onItemOrFailure().transformToUni((item, failure) -> results.record(computerId, result)))
                    .memoize().indefinitely();
            lastOfOperation.put(result.operationId(), recorded);
            each.add(recorded);
        }
        return Uni.join().all(each).andFailFast();
    }
}
