package io.activityplatform.events.fold;

/**
 * Why the fold refused an event. Rejected events stay in the log and in the history, marked with this.
 * Every service computes the same rejection for the same event.
 */
public enum Rejection {
    /** A created event for an id that already exists: makes deterministic-id reactions idempotent. */
    DUPLICATE_CREATE,
    /** The activity was never created (or its creation was rejected). */
    UNKNOWN_ACTIVITY,
    /** The type is not one of the 39 known types. */
    UNKNOWN_TYPE,
    /** Created in a status that is not initial (QUEUED, SCHEDULED, WAITING, BLOCKED). */
    NOT_AN_INITIAL_STATUS,
    /** A client activity created without a target computer. */
    MISSING_COMPUTER,
    /** The activity is final: its status never changes again. */
    ALREADY_FINAL,
    /** {@code expectedVersion} differs from the current status version: someone else moved it first. */
    VERSION_CONFLICT,
    /** The kind's transition table forbids this move. */
    TRANSITION_NOT_ALLOWED,
    /** Progress for an activity that is not IN_PROGRESS. */
    NOT_RUNNING,
    /** A progress chunk at or below the last applied sequence: a redelivery. */
    DUPLICATE_PROGRESS,
    /** A percent outside 0..100. */
    INVALID_PROGRESS,
    /** A late result for an activity that was not a client activity canceled while running. */
    NOT_CANCELED_WHILE_RUNNING,
    /** The late result was already recorded. */
    DUPLICATE_RESULT,
    /** A late result whose reported status is not SUCCEEDED or FAILED. */
    INVALID_RESULT,
    /** Archiving an activity that is not final. */
    NOT_FINAL,
    /** Archiving an activity already archived. */
    ALREADY_ARCHIVED,
    /** The record could not be read at all (bad JSON, unknown schema version, missing fields). */
    MALFORMED
}
