package io.activityplatform.events.status;

/**
 * Where an activity runs. The kind decides which transition table applies (design brief §2) and which
 * service drives the activity: the message-system for client activities, the job-handler for server ones.
 */
public enum ActivityKind {
    /** Runs on a computer, through an agent exchanging messages with the message-system. */
    CLIENT,
    /** Runs inside the job-handler, with no agent involved. */
    SERVER
}
