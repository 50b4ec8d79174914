package io.activityplatform.service.projection;

import io.activityplatform.events.codec.Decoded;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ComputerEvent;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A polled record, already decoded. Decoding happens on the consumer thread while the previous batch is
 * still being written, so JSON parsing overlaps with the database's work.
 */
record PolledRecord(String topic, int partition, long offset, Instant loggedAt, Decoded<ActivityEvent> activity,
        Decoded<ComputerEvent> computer) {

    static PolledRecord decode(ConsumerRecord<String, byte[]> record) {
        Instant loggedAt = Instant.ofEpochMilli(Math.max(0, record.timestamp()));
        if (Topics.COMPUTER_EVENTS.equals(record.topic())) {
            return new PolledRecord(record.topic(), record.partition(), record.offset(), loggedAt, null,
                    EventCodec.decodeComputerEvent(record.value()));
        }
        return new PolledRecord(record.topic(), record.partition(), record.offset(), loggedAt,
                EventCodec.decodeActivityEvent(record.value()), null);
    }

    /** The activity this record is about (a malformed one's too, when legible), or null for computer records. */
    UUID activityId() {
        if (activity instanceof Decoded.Malformed<ActivityEvent> m) {
            return m.activityId();
        }
        return activity instanceof Decoded.Event<ActivityEvent> e ? e.event().activityId() : null;
    }

    /** The event id the record carries, when legible. */
    UUID eventId() {
        if (activity instanceof Decoded.Event<ActivityEvent> e) {
            return e.event().eventId();
        }
        if (activity instanceof Decoded.Malformed<ActivityEvent> m) {
            return m.eventId();
        }
        return computer instanceof Decoded.Event<ComputerEvent> c ? c.event().eventId() : null;
    }

    /** The activity id or computer id the record names, when legible. */
    String subject() {
        if (activity instanceof Decoded.Event<ActivityEvent> e) {
            return e.event().activityId().toString();
        }
        if (activity instanceof Decoded.Malformed<ActivityEvent> m) {
            return m.activityId() == null ? null : m.activityId().toString();
        }
        return computer instanceof Decoded.Event<ComputerEvent> c ? c.event().computerId() : null;
    }
}
