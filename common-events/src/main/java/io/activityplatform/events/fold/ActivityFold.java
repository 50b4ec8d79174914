package io.activityplatform.events.fold;

import io.activityplatform.events.codec.LegalText;
import io.activityplatform.events.event.ActivityArchived;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.ResultRecorded;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.status.ActivityStateMachine;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.type.ActivityType;
import java.util.Optional;

/**
 * The heart of the system: {@code (current state, event) -> applied(new state) | rejected(reason)}.
 *
 * <p>Pure and deterministic: it reads nothing but its arguments (no clock, no randomness, no I/O), so every
 * service folding the same log reaches the same states, and a rebuild from offset 0 reproduces a view.
 * The rules are those of design brief §3:
 * <ul>
 *   <li>created: only for an unknown id, in an initial status; status version 1;</li>
 *   <li>status changed: applied iff the kind's table allows current → to and the expected version is
 *       absent or equal to the current one; +1 to the version;</li>
 *   <li>progress: only while IN_PROGRESS, never changes the version;</li>
 *   <li>late result: only on a client activity canceled while IN_PROGRESS, once; status stays CANCELED.</li>
 * </ul>
 */
public final class ActivityFold {

    private ActivityFold() {
    }

    /**
     * @param current the activity's state before the event, or null if it does not exist
     */
    public static FoldResult apply(ActivityState current, ActivityEvent event) {
        if (event instanceof ActivityCreated created) {
            return create(current, created);
        }
        if (current == null) {
            return reject(null, Rejection.UNKNOWN_ACTIVITY, "no activity " + event.activityId());
        }
        if (event instanceof StatusChanged change) {
            return changeStatus(current, change);
        }
        if (event instanceof ProgressReported progress) {
            return progress(current, progress);
        }
        if (event instanceof ResultRecorded result) {
            return lateResult(current, result);
        }
        return archive(current, (ActivityArchived) event);
    }

    private static FoldResult create(ActivityState current, ActivityCreated created) {
        if (current != null) {
            return reject(current, Rejection.DUPLICATE_CREATE, "activity " + created.activityId() + " exists");
        }
        Optional<ActivityType> type = ActivityType.fromWireName(created.definition().type());
        if (type.isEmpty()) {
            return reject(null, Rejection.UNKNOWN_TYPE, "unknown type " + created.definition().type());
        }
        if (!created.initialStatus().isInitial()) {
            return reject(null, Rejection.NOT_AN_INITIAL_STATUS, created.initialStatus() + " is not initial");
        }
        ActivityKind kind = type.get().kind();
        String computer = created.definition().computerId();
        if (kind == ActivityKind.CLIENT && (computer == null || computer.isBlank())) {
            return reject(null, Rejection.MISSING_COMPUTER, "client activity without computerId");
        }
        return new FoldResult.Applied(new ActivityState(created.activityId(), kind, created.definition(),
                created.initialStatus(), 1, created.occurredAt(), created.actor(), created.occurredAt(),
                "created", created.actor(), null, null, null, null, null, "", 0, false, null, null, false, false,
                false));
    }

    private static FoldResult changeStatus(ActivityState current, StatusChanged change) {
        if (current.isFinal()) {
            return reject(current, Rejection.ALREADY_FINAL, "already " + current.status());
        }
        Integer expected = change.expectedVersion();
        if (expected != null && expected != current.statusVersion()) {
            return reject(current, Rejection.VERSION_CONFLICT,
                    "expected version " + expected + " but is " + current.statusVersion());
        }
        ActivityStatus to = change.to();
        if (!ActivityStateMachine.isAllowed(current.kind(), current.status(), to)) {
            return reject(current, Rejection.TRANSITION_NOT_ALLOWED, current.kind() + " activity cannot go from "
                    + current.status() + " to " + to);
        }
        ActivityState next = current.withStatus(to, change.occurredAt(), change.reason(), change.actor());
        if (to == ActivityStatus.IN_PROGRESS) {
            next = next.withClaim(change.occurredAt(), change.eventId(), change.actor());
        }
        if (to.isFinal()) {
            boolean canceledRunning = to == ActivityStatus.CANCELED && current.status() == ActivityStatus.IN_PROGRESS
                    && current.kind() == ActivityKind.CLIENT;
            next = next.withOutcome(change.occurredAt(), change.result(), change.error(), canceledRunning);
        }
        return new FoldResult.Applied(next);
    }

    private static FoldResult progress(ActivityState current, ProgressReported progress) {
        if (current.status() != ActivityStatus.IN_PROGRESS) {
            return reject(current, Rejection.NOT_RUNNING, "progress while " + current.status());
        }
        Integer percent = progress.percent();
        if (percent != null && (percent < 0 || percent > 100)) {
            return reject(current, Rejection.INVALID_PROGRESS, "percent " + percent + " outside 0..100");
        }
        if (progress.sequence() <= current.outputSequence()) {
            return reject(current, Rejection.DUPLICATE_PROGRESS,
                    "sequence " + progress.sequence() + " already applied (last " + current.outputSequence() + ")");
        }
        // Progress only grows, so a reached threshold stays reached for every WAITING dependant.
        Integer newPercent = current.progressPercent();
        if (percent != null) {
            newPercent = newPercent == null ? percent : Integer.valueOf(Math.max(percent, newPercent));
        }
        String output = current.output();
        boolean truncated = current.outputTruncated() || progress.truncated();
        String chunk = progress.output();
        if (chunk != null && !chunk.isEmpty()) {
            int room = ActivityState.MAX_OUTPUT_CHARS - output.length();
            if (chunk.length() > room) {
                // Never split a surrogate pair: the collected output must stay legal text.
                chunk = LegalText.truncate(chunk, room);
                truncated = true;
            }
            output = output + chunk;
        }
        return new FoldResult.Applied(current.withProgress(newPercent, output, progress.sequence(), truncated,
                progress.occurredAt()));
    }

    private static FoldResult lateResult(ActivityState current, ResultRecorded result) {
        if (!current.canceledWhileRunning()) {
            return reject(current, Rejection.NOT_CANCELED_WHILE_RUNNING,
                    "only a client activity canceled while running records a late result");
        }
        if (current.lateResult()) {
            return reject(current, Rejection.DUPLICATE_RESULT, "late result already recorded");
        }
        if (result.reportedStatus() != ActivityStatus.SUCCEEDED && result.reportedStatus() != ActivityStatus.FAILED) {
            return reject(current, Rejection.INVALID_RESULT, "reported status " + result.reportedStatus());
        }
        return new FoldResult.Applied(current.withLateResult(result.result(), result.error(), result.occurredAt()));
    }

    private static FoldResult archive(ActivityState current, ActivityArchived archived) {
        if (!current.isFinal()) {
            return reject(current, Rejection.NOT_FINAL, "only final activities are archived");
        }
        if (current.archived()) {
            return reject(current, Rejection.ALREADY_ARCHIVED, "already archived");
        }
        return new FoldResult.Applied(current.withArchived());
    }

    private static FoldResult reject(ActivityState current, Rejection reason, String detail) {
        return new FoldResult.Rejected(current, reason, detail);
    }
}
