package io.activityplatform.messages.exchange;

import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.MessageOutcome;
import java.util.List;

/**
 * The fresh progress chunks of one operation from one exchange, merged into one event: the highest percent,
 * the concatenated output within the per-message and per-activity bounds, and the last chunk sequence.
 * Pure, so the bounds are unit-tested without a server.
 */
record ProgressMerge(long appliedSequence, Integer percent, String output, long lastSequence, boolean truncated) {

    static ProgressMerge of(List<AgentMessage.Progress> group, long appliedSequence, int maxChunkChars,
            int roomForActivity) {
        Integer percent = null;
        StringBuilder output = new StringBuilder();
        long last = appliedSequence;
        boolean truncated = false;
        int room = Math.max(0, roomForActivity);
        for (AgentMessage.Progress p : group) {
            if (p.chunkSequence() <= last) {
                continue; // a redelivered chunk: the fold would reject it anyway
            }
            last = p.chunkSequence();
            truncated |= p.truncated();
            if (p.percent() != null) {
                percent = percent == null ? p.percent() : Math.max(percent, p.percent());
            }
            String chunk = p.output() == null ? "" : p.output();
            if (chunk.length() > maxChunkChars) {
                chunk = chunk.substring(0, maxChunkChars);
                truncated = true;
            }
            if (chunk.length() > room - output.length()) {
                chunk = chunk.substring(0, Math.max(0, room - output.length()));
                truncated = true;
            }
            output.append(chunk);
        }
        if (percent != null) {
            percent = Math.max(0, Math.min(100, percent));
        }
        return new ProgressMerge(appliedSequence, percent, output.toString(), last, truncated);
    }

    boolean isEmpty() {
        return lastSequence <= appliedSequence;
    }

    List<MessageOutcome> outcomes(List<AgentMessage.Progress> group) {
        return group.stream().map(m -> m.chunkSequence() <= appliedSequence
                ? MessageOutcome.ignored(m, "duplicate progress")
                : MessageOutcome.accepted(m, "progress recorded")).toList();
    }
}
