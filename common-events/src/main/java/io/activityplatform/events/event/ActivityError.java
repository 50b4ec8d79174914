package io.activityplatform.events.event;

/**
 * Why an activity failed or was canceled by the system (seed 003 task_error): a stable code for programs,
 * a message for people. Codes used by the platform are listed in {@link ErrorCodes}.
 */
public record ActivityError(String code, String message) {
}
