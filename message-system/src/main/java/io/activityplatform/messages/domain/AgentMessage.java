package io.activityplatform.messages.domain;

import java.util.UUID;

/**
 * A message from an agent, independent of how it was encoded (JSON here, bpickle in the Landscape adapter).
 * {@code sequence} numbers the agent's own messages: the server answers with the next one it expects, and
 * the agent re-sends everything from there, so a lost response loses nothing.
 */
public sealed interface AgentMessage {

    long sequence();

    UUID operationId();

    /** Progress of a running operation: a percent and/or an output chunk numbered per operation from 1. */
    record Progress(long sequence, UUID operationId, long chunkSequence, Integer percent, String output,
            boolean truncated) implements AgentMessage {
    }

    /** The end of an operation (seed 000 operation-result). */
    record Result(long sequence, UUID operationId, boolean succeeded, Integer code, String text, String errorCode)
            implements AgentMessage {
    }

    /**
     * A message about the computer rather than an operation (the Landscape Client's computer-info, packages,
     * ...): the exchange acknowledges it by its sequence and changes nothing else; its encoding's adapter
     * keeps what it uses.
     */
    record Report(long sequence, String type) implements AgentMessage {

        @Override
        public UUID operationId() {
            return null;
        }
    }
}
