package io.activityplatform.events.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * The computer lifecycle on the {@code computer-events} topic, keyed by computer id. The computer id here
 * is the public one; the agent's secret id never leaves the message-system.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "eventType")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ComputerEvent.Registered.class, name = ComputerEvent.Registered.TYPE),
    @JsonSubTypes.Type(value = ComputerEvent.Accepted.class, name = ComputerEvent.Accepted.TYPE),
    @JsonSubTypes.Type(value = ComputerEvent.Removed.class, name = ComputerEvent.Removed.TYPE)
})
public sealed interface ComputerEvent {

    UUID eventId();

    String computerId();

    Instant occurredAt();

    Actor actor();

    String source();

    /** An agent registered; {@code pending} computers get no activities until accepted. */
    record Registered(UUID eventId, String computerId, Instant occurredAt, Actor actor, String source,
            String accountId, String title, String hostname, java.util.List<String> tags, boolean pending)
            implements ComputerEvent {
        public static final String TYPE = "computer.registered";
    }

    /** An operator accepted a pending computer. */
    record Accepted(UUID eventId, String computerId, Instant occurredAt, Actor actor, String source)
            implements ComputerEvent {
        public static final String TYPE = "computer.accepted";
    }

    /** The computer is gone; its pending activities are canceled by the job-handler that removed it. */
    record Removed(UUID eventId, String computerId, Instant occurredAt, Actor actor, String source, String reason)
            implements ComputerEvent {
        public static final String TYPE = "computer.removed";
    }
}
