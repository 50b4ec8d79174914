package io.activityplatform.api.service;

import io.activityplatform.events.fold.ActivityState;

/**
 * A command that was published: {@code APPLIED} with the activity as the view now shows it, or
 * {@code ACCEPTED} when the view did not show the outcome within the read-your-writes bound.
 */
public record CommandOutcome(Kind kind, ActivityState state) {

    public enum Kind { APPLIED, ACCEPTED }
}
