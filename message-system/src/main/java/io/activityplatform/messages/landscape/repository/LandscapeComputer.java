package io.activityplatform.messages.landscape.repository;

import java.util.List;

/**
 * A computer's Landscape bookkeeping (table {@code landscape_computer}).
 *
 * @param sequenceOffset      the client's message sequence that the core's agent sequence 1 stands for
 * @param firstToken          the registration's exchange token until the first exchange, else null
 * @param nextPosition        the client's count for the next server message
 * @param mappedThrough       the highest core message sequence already translated (sent or skipped)
 * @param clientAcceptedTypes the types the client handles, sorted; null until it has said
 */
public record LandscapeComputer(String computerId, long insecureId, long sequenceOffset, String firstToken,
        long nextPosition, long mappedThrough, List<String> clientAcceptedTypes, String intervalsSent,
        String hostname, String distribution) {

    /** The client's sequence number for a core agent sequence, and back. */
    public long clientSequence(long coreSequence) {
        return coreSequence - 1 + sequenceOffset;
    }

    public long coreSequence(long clientSequence) {
        return clientSequence + 1 - sequenceOffset;
    }
}
