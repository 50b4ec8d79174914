package io.activityplatform.events.computer;

import java.time.Instant;
import java.util.List;

/** A computer as folded from {@code computer-events}. */
public record ComputerState(String id, String accountId, String title, String hostname, List<String> tags,
        Status status, Instant registeredAt, Instant updatedAt) {

    public enum Status {
        /** Registered, waiting for an operator to accept it; gets no activities yet. */
        PENDING,
        ACCEPTED,
        /** Removed: no new activities may target it. */
        REMOVED
    }

    public ComputerState {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
