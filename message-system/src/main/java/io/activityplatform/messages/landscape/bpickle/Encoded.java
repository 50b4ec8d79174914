package io.activityplatform.messages.landscape.bpickle;

/**
 * A value already in bpickle, written as is: stored server messages are re-sent byte for byte, so a message
 * the client did not acknowledge comes again exactly as it was first sent.
 */
public record Encoded(byte[] bpickle) {

    public Encoded {
        bpickle = bpickle.clone();
    }

    @Override
    public byte[] bpickle() {
        return bpickle.clone();
    }
}
