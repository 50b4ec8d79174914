package io.activityplatform.api.schedule.service;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.service.rest.Problem.FieldError;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an activity template the way the fold and POST /activities would judge the activities it creates,
 * so that a schedule never fires activities that are rejected. Pure; every problem names its field under
 * {@code template.}.
 */
final class TemplateValidator {

    static final int MAX_COMPUTERS = 1000;
    static final int MAX_SUMMARY = 500;
    static final int MAX_ATTEMPTS = 100;

    private TemplateValidator() {
    }

    static void validate(ActivityTemplate template, List<FieldError> errors) {
        if (template == null) {
            errors.add(new FieldError("template", "required"));
            return;
        }
        Optional<ActivityType> type = template.type() == null ? Optional.empty()
                : ActivityType.fromWireName(template.type());
        if (type.isEmpty()) {
            errors.add(new FieldError("template.type", template.type() == null ? "required"
                    : "unknown activity type " + template.type()));
        } else {
            type.get().schema().validate(template.parameters())
                    .forEach(v -> errors.add(new FieldError("template." + v.field(), v.message())));
            computers(type.get().kind(), template.computerIds(), errors);
        }
        if (template.summary() != null && template.summary().length() > MAX_SUMMARY) {
            errors.add(new FieldError("template.summary", "at most " + MAX_SUMMARY + " characters"));
        }
        if (template.timeoutSeconds() != null && template.timeoutSeconds() < 1) {
            errors.add(new FieldError("template.timeoutSeconds", "must be at least 1"));
        }
        retry(template.retry(), errors);
    }

    private static void computers(ActivityKind kind, List<String> ids, List<FieldError> errors) {
        if (kind == ActivityKind.SERVER) {
            if (!ids.isEmpty()) {
                errors.add(new FieldError("template.computerIds", "a server activity runs on the server: no computers"));
            }
            return;
        }
        if (ids.isEmpty()) {
            errors.add(new FieldError("template.computerIds", "a client activity needs at least one computer"));
        } else if (ids.size() > MAX_COMPUTERS) {
            errors.add(new FieldError("template.computerIds", "at most " + MAX_COMPUTERS + " computers"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                errors.add(new FieldError("template.computerIds[" + i + "]", "must not be blank"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError("template.computerIds[" + i + "]", "duplicate computer " + id));
            }
        }
    }

    private static void retry(RetryPolicy retry, List<FieldError> errors) {
        if (retry == null) {
            return;
        }
        if (retry.maxAttempts() < 1 || retry.maxAttempts() > MAX_ATTEMPTS) {
            errors.add(new FieldError("template.retry.maxAttempts", "from 1 to " + MAX_ATTEMPTS
                    + " (1 means no retry)"));
        }
        if (retry.backoff() == null) {
            errors.add(new FieldError("template.retry.backoff", "required: FIXED or EXPONENTIAL"));
        }
        if (retry.initialDelaySeconds() < 0) {
            errors.add(new FieldError("template.retry.initialDelaySeconds", "must not be negative"));
        }
        if (retry.maxDelaySeconds() != null && retry.maxDelaySeconds() < retry.initialDelaySeconds()) {
            errors.add(new FieldError("template.retry.maxDelaySeconds", "must not be below initialDelaySeconds"));
        }
    }
}
