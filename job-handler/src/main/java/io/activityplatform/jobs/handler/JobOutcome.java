package io.activityplatform.jobs.handler;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.status.ActivityStatus;
import java.util.List;

/** How an execution ended: SUCCEEDED with a result, or FAILED with an error (seed 003 task_error) and result. */
public record JobOutcome(ActivityStatus status, ActivityResult result, ActivityError error) {

    public JobOutcome {
        if (status != ActivityStatus.SUCCEEDED && status != ActivityStatus.FAILED) {
            throw new IllegalArgumentException("an outcome is SUCCEEDED or FAILED, not " + status);
        }
    }

    public static JobOutcome succeeded(int code, String text, List<ActivityResult.Artifact> artifacts) {
        return new JobOutcome(ActivityStatus.SUCCEEDED, new ActivityResult(code, text, artifacts), null);
    }

    public static JobOutcome succeeded(String text) {
        return succeeded(0, text, List.of());
    }

    public static JobOutcome failed(String code, String message) {
        return new JobOutcome(ActivityStatus.FAILED, null, new ActivityError(code, message));
    }

    public static JobOutcome failed(ActivityResult result, String code, String message) {
        return new JobOutcome(ActivityStatus.FAILED, result, new ActivityError(code, message));
    }
}
