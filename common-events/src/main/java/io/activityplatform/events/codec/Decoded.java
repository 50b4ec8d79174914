package io.activityplatform.events.codec;

import java.util.UUID;

/**
 * The outcome of reading one record: an event, or a malformed record with the reason. Malformed records
 * never stop a consumer; every service treats them as rejected alike.
 */
public sealed interface Decoded<T> {

    record Event<T>(T event) implements Decoded<T> {
    }

    /**
     * A record the contract rejects. {@code activityId} and {@code eventId} are set when the record still
     * names them legibly (a JSON object whose {@code activityId} / {@code eventId} is a UUID string), so the
     * rejection can be filed in that activity's history; otherwise null.
     */
    record Malformed<T>(String reason, UUID activityId, UUID eventId) implements Decoded<T> {

        public Malformed(String reason) {
            this(reason, null, null);
        }
    }
}
