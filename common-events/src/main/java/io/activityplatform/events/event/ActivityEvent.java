package io.activityplatform.events.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.UUID;

/**
 * One fact about one activity, as it travels on the {@code activity-events} topic keyed by activity id.
 * The JSON form names its kind in {@code eventType} and carries {@code schemaVersion} (added by
 * {@link io.activityplatform.events.codec.EventCodec}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "eventType")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ActivityCreated.class, name = ActivityCreated.TYPE),
    @JsonSubTypes.Type(value = StatusChanged.class, name = StatusChanged.TYPE),
    @JsonSubTypes.Type(value = ProgressReported.class, name = ProgressReported.TYPE),
    @JsonSubTypes.Type(value = ResultRecorded.class, name = ResultRecorded.TYPE),
    @JsonSubTypes.Type(value = ActivityArchived.class, name = ActivityArchived.TYPE)
})
public sealed interface ActivityEvent
        permits ActivityCreated, StatusChanged, ProgressReported, ResultRecorded, ActivityArchived {

    /** Unique per event; claims are recognised by it. */
    UUID eventId();

    UUID activityId();

    /** When the producer says it happened, from its injectable clock. The fold uses only this time. */
    Instant occurredAt();

    Actor actor();

    /** The producing service, e.g. {@code activity-api}; also sent as the CloudEvents {@code ce_source}. */
    String source();

    /** The name in {@code eventType}, e.g. {@code activity.created}. */
    String eventType();
}
