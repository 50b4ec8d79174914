package io.activityplatform.messages.landscape.bpickle;

/** Malformed or out-of-bounds bpickle input; {@code offset} is where the reader stopped. */
public class BpickleException extends RuntimeException {

    private final int offset;

    public BpickleException(String message, int offset) {
        super(message + " at byte " + offset);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
