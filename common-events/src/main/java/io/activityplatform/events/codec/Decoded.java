package io.activityplatform.events.codec;

/**
 * The outcome of reading one record: an event, or a malformed record with the reason. Malformed records
 * never stop a consumer; every service treats them as rejected alike.
 */
public sealed interface Decoded<T> {

    record Event<T>(T event) implements Decoded<T> {
    }

    record Malformed<T>(String reason) implements Decoded<T> {
    }
}
