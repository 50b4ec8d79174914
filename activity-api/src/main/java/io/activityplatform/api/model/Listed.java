package io.activityplatform.api.model;

import io.activityplatform.events.fold.ActivityState;
import java.time.Instant;

/** A listed activity with its sort key as the database holds it (microseconds), for the next cursor. */
public record Listed(ActivityState state, Instant createdAtKey) {
}
