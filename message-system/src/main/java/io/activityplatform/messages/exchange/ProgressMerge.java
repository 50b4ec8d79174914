package io.activityplatform.messages.exchange;

import io.activityplatform.events.codec.LegalText;
import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.MessageOutcome;
import java.util.List;

/**
 * The fresh progress chunks of one operation from one exchange, merged into one event: the highest percent,
 * the concatenated output within the per-message and per-activity bounds, and the last chunk sequence.
 * Output is made legal text first ({@link LegalText#clean}: U+FFFD for NUL, other controls and broken
 * surrogates, flagged as {@code altered}), whatever encoding the agent spoke: nothing it prints can stop a
 * projection. Pure, so the bounds are unit-tested without a server.
 */
record ProgressMerge(long appliedSequence, Integer percent, String output, long lastSequence, boolean truncated,
        boolean altered) {

    static ProgressMerge of(List<AgentMessage.Progress> group, long appliedSequence, int maxChunkChars,
            int roomForActivity) {
        Integer percent = null;
        StringBuilder output = new StringBuilder();
        long last = appliedSequence;
        boolean truncated = false;
        boolean altered = false;
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
            LegalText.Cleaned chunk = LegalText.clean(p.output() == null ? "" : p.output(),
                    Math.min(maxChunkChars, Math.max(0, room - output.length())));
            altered |= chunk.altered();
            truncated |= chunk.truncated();
            output.append(chunk.text());
        }
        if (percent != null) {
            percent = Math.max(0, Math.min(100, percent));
        }
        return new ProgressMerge(appliedSequence, percent, output.toString(), last, truncated, altered);
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
