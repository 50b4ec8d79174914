package io.activityplatform.events.codec;

/**
 * Thrown by {@link EventCodec#encode} for an event the contract would reject on reading: a producer can
 * never publish what every consumer calls malformed. Services answer it with a 400 naming {@link #field()}.
 */
public class IllegalEventException extends IllegalArgumentException {

    private final String field;
    private final String why;

    public IllegalEventException(String reason) {
        super("event breaks the contract: " + reason);
        int colon = reason.indexOf(": ");
        boolean named = colon > 0 && reason.substring(0, colon).indexOf(' ') < 0;
        this.field = named ? reason.substring(0, colon) : "event";
        this.why = named ? reason.substring(colon + 2) : reason;
    }

    /** The event field at fault, e.g. {@code definition.parameters.code}; {@code event} when not one field. */
    public String field() {
        return field;
    }

    public String why() {
        return why;
    }
}
