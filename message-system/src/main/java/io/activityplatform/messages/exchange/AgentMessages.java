package io.activityplatform.messages.exchange;

import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.MessageOutcome;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Handles the agent's fresh messages: all progress first (one event per operation), then the results, so an
 * operation's last output is in the log before its final status.
 */
@ApplicationScoped
public class AgentMessages {

    private final ProgressRecorder progress;
    private final ResultRecorder results;

    public AgentMessages(ProgressRecorder progress, ResultRecorder results) {
        this.progress = progress;
        this.results = results;
    }

    public Uni<List<MessageOutcome>> process(String computerId, List<AgentMessage> messages) {
        List<AgentMessage.Progress> progressMessages = messages.stream()
                .filter(AgentMessage.Progress.class::isInstance).map(AgentMessage.Progress.class::cast).toList();
        List<AgentMessage.Result> resultMessages = messages.stream()
                .filter(AgentMessage.Result.class::isInstance).map(AgentMessage.Result.class::cast).toList();
        Uni<List<MessageOutcome>> chain = progress.record(computerId, progressMessages).map(ArrayList::new);
        for (AgentMessage.Result result : resultMessages) {
            chain = chain.flatMap(outcomes -> results.record(computerId, result).map(outcome -> {
                outcomes.add(outcome);
                return outcomes;
            }));
        }
        return chain;
    }
}
