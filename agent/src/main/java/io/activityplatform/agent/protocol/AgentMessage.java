package io.activityplatform.agent.protocol;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/**
 * A message from the agent to the server, kept in the agent's outbox until the server's
 * {@code nextExpectedSequence} passes its {@code sequence}.
 *
 * <p>{@code progress}: {@code chunkSequence} numbers the operation's chunks from 1, so the server drops a
 * chunk it already has. {@code result}: {@code status} SUCCEEDED or FAILED, {@code code}, {@code text},
 * {@code errorCode} (seed 003 task_error).
 */
public record AgentMessage(String type, long sequence, UUID operationId, Long chunkSequence, Integer percent,
        String output, Boolean truncated, String status, Integer code, String text, String errorCode) {

    public static final String PROGRESS = "progress";
    public static final String RESULT = "result";

    public static AgentMessage progress(long sequence, UUID operationId, long chunkSequence, Integer percent,
            String output, boolean truncated) {
        return new AgentMessage(PROGRESS, sequence, operationId, chunkSequence, percent, output, truncated, null,
                null, null, null);
    }

    public static AgentMessage result(long sequence, UUID operationId, OperationResult result) {
        return new AgentMessage(RESULT, sequence, operationId, null, null, null, null,
                result.succeeded() ? "SUCCEEDED" : "FAILED", result.code(), result.text(), result.errorCode());
    }

    /** Characters of free text it carries: what makes an exchange big. */
    @JsonIgnore
    public long textLength() {
        return (output == null ? 0 : output.length()) + (text == null ? 0 : text.length());
    }

    @JsonIgnore
    public boolean isResult() {
        return RESULT.equals(type);
    }
}
