package io.activityplatform.jobs.execution;

import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.jobs.handler.JobOutcome;

/**
 * Keeps a final event within the contract's bounds: artifacts up to {@link ActivityResult#MAX_ARTIFACT_CHARS}
 * together (a larger result fails the activity rather than being cut silently), texts shortened.
 */
final class OutcomeBounds {

    static final int MAX_TEXT_CHARS = 16 * 1024;
    static final String RESULT_TOO_LARGE = "RESULT_TOO_LARGE";

    private OutcomeBounds() {
    }

    static JobOutcome apply(JobOutcome outcome) {
        ActivityResult result = outcome.result();
        if (result != null && result.artifactChars() > ActivityResult.MAX_ARTIFACT_CHARS) {
            return JobOutcome.failed(ActivityResult.of(result.code(), shorten(result.text())), RESULT_TOO_LARGE,
                    "artifacts of " + result.artifactChars() + " characters exceed the limit of "
                            + ActivityResult.MAX_ARTIFACT_CHARS);
        }
        ActivityResult boundedResult = result == null ? null
                : new ActivityResult(result.code(), shorten(result.text()), result.artifacts());
        ActivityError error = outcome.error();
        ActivityError boundedError = error == null ? null : new ActivityError(error.code(), shorten(error.message()));
        return new JobOutcome(outcome.status(), boundedResult, boundedError);
    }

    static String shorten(String text) {
        if (text == null || text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        return text.substring(0, MAX_TEXT_CHARS - 20) + "\n[... truncated]";
    }
}
