package io.activityplatform.agent.state;

/**
 * What the agent remembers of one operation id, so a re-sent execute message never runs it twice.
 *
 * @param chunkSequence the last progress chunk number used for this operation
 */
public record OperationRecord(String type, Status status, long chunkSequence) {

    public enum Status {
        /** Started, no result yet. Found at startup, it means the agent died while running it. */
        RUNNING,
        /** Its result is in the outbox or already acknowledged: never run again. */
        COMPLETED
    }

    OperationRecord withChunk(long chunk) {
        return new OperationRecord(type, status, chunk);
    }

    OperationRecord completed() {
        return new OperationRecord(type, Status.COMPLETED, chunkSequence);
    }
}
