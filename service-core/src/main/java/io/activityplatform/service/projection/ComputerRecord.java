package io.activityplatform.service.projection;

import io.activityplatform.events.event.ComputerEvent;

/** One record of {@code computer-events}; {@code event} is null when the record was malformed. */
public record ComputerRecord(int partition, long offset, ComputerEvent event, String malformedReason) {
}
