package io.activityplatform.events.fold;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * An activity as the fold sees it after some prefix of its events. Every service derives exactly this from
 * the same log, so comparing two services' states field by field is the convergence check.
 *
 * @param statusVersion   1 at creation, +1 per applied status change (seed 003 status_version)
 * @param claimEventId    the event that moved it to IN_PROGRESS: a claimer acts only when this is its own
 * @param claimedBy       who made that claim (a job-handler replica, the message-system for an agent)
 * @param outputSequence  sequence number of the last applied progress chunk
 * @param canceledWhileRunning a client activity canceled while IN_PROGRESS: its late result is still recorded
 * @param lateResult      that late result has been recorded
 */
public record ActivityState(
        UUID id,
        ActivityKind kind,
        ActivityDefinition definition,
        ActivityStatus status,
        int statusVersion,
        Instant createdAt,
        Actor createdBy,
        Instant updatedAt,
        String statusReason,
        Actor statusChangedBy,
        Instant inProgressSince,
        UUID claimEventId,
        Actor claimedBy,
        Instant finishedAt,
        Integer progressPercent,
        String output,
        long outputSequence,
        boolean outputTruncated,
        ActivityResult result,
        ActivityError error,
        boolean canceledWhileRunning,
        boolean lateResult,
        boolean archived) {

    /** Collected output kept per activity; more is dropped and {@link #outputTruncated} set. */
    public static final int MAX_OUTPUT_CHARS = 64 * 1024;

    @JsonIgnore
    public String type() {
        return definition.type();
    }

    /** The owning account (tenant); null for an activity created before tenancy. */
    @JsonIgnore
    public String accountId() {
        return definition.accountId();
    }

    @JsonIgnore
    public String computerId() {
        return definition.computerId();
    }

    @JsonIgnore
    public boolean isFinal() {
        return status.isFinal();
    }

    /**
     * Final, and nothing more will be said of the outcome: an activity canceled while running is settled only
     * once its late result is recorded (archiving may still follow, but changes no outcome).
     */
    @JsonIgnore
    public boolean isSettled() {
        return isFinal() && (!canceledWhileRunning || lateResult);
    }

    /** True when this state's IN_PROGRESS entry was made by the given event: "my claim won". */
    public boolean claimedBy(UUID eventId) {
        return eventId != null && eventId.equals(claimEventId);
    }

    ActivityState withStatus(ActivityStatus newStatus, Instant at, String reason, Actor actor) {
        return new ActivityState(id, kind, definition, newStatus, statusVersion + 1, createdAt, createdBy, at,
                reason, actor, inProgressSince, claimEventId, claimedBy, finishedAt, progressPercent, output,
                outputSequence, outputTruncated, result, error, canceledWhileRunning, lateResult, archived);
    }

    ActivityState withClaim(Instant at, UUID eventId, Actor actor) {
        return new ActivityState(id, kind, definition, status, statusVersion, createdAt, createdBy, updatedAt,
                statusReason, statusChangedBy, at, eventId, actor, finishedAt, progressPercent, output,
                outputSequence, outputTruncated, result, error, canceledWhileRunning, lateResult, archived);
    }

    ActivityState withOutcome(Instant finished, ActivityResult newResult, ActivityError newError,
            boolean canceledRunning) {
        return new ActivityState(id, kind, definition, status, statusVersion, createdAt, createdBy, updatedAt,
                statusReason, statusChangedBy, inProgressSince, claimEventId, claimedBy, finished, progressPercent,
                output, outputSequence, outputTruncated, newResult, newError, canceledRunning, lateResult,
                archived);
    }

    ActivityState withProgress(Integer percent, String newOutput, long sequence, boolean truncated, Instant at) {
        return new ActivityState(id, kind, definition, status, statusVersion, createdAt, createdBy, at,
                statusReason, statusChangedBy, inProgressSince, claimEventId, claimedBy, finishedAt, percent,
                newOutput, sequence, truncated, result, error, canceledWhileRunning, lateResult, archived);
    }

    ActivityState withLateResult(ActivityResult newResult, ActivityError newError, Instant at) {
        return new ActivityState(id, kind, definition, status, statusVersion, createdAt, createdBy, at,
                statusReason, statusChangedBy, inProgressSince, claimEventId, claimedBy, finishedAt,
                progressPercent, output, outputSequence, outputTruncated, newResult, newError,
                canceledWhileRunning, true, archived);
    }

    ActivityState withArchived() {
        return new ActivityState(id, kind, definition, status, statusVersion, createdAt, createdBy, updatedAt,
                statusReason, statusChangedBy, inProgressSince, claimEventId, claimedBy, finishedAt,
                progressPercent, output, outputSequence, outputTruncated, result, error, canceledWhileRunning,
                lateResult, true);
    }
}
