package io.activityplatform.api.service;

import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.api.rest.dto.RetryRequest;
import io.activityplatform.api.rest.dto.WaitForRequest;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.status.ActivityKind;
import io.activityplatform.events.type.ActivityType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about a create request that can be judged from the request alone (400). References to other
 * things (computers, the awaited activity) are checked afterwards against the view (422). Pure.
 */
public final class CreateRequestValidator {

    static final int MAX_SUMMARY = 500;
    static final int MAX_WINDOW_SECONDS = 7 * 24 * 3600;
    static final int MAX_ATTEMPTS = 100;

    private CreateRequestValidator() {
    }

    /** Every violation of {@code r} at {@code now}; empty when the request may proceed to reference checks. */
    public static Violations validate(CreateActivityRequest r, Instant now, int maxComputers) {
        Violations v = new Violations();
        Optional<ActivityType> type = type(r.type(), v);
        type.ifPresent(t -> {
            t.schema().validate(r.parameters()).forEach(p -> v.add(p.field(), p.message()));
            targets(r, t, maxComputers, v);
        });
        if (r.summary() != null && r.summary().length() > MAX_SUMMARY) {
            v.add("summary", "at most " + MAX_SUMMARY + " characters");
        }
        delivery(r, now, v);
        positive(r.timeoutSeconds(), "timeoutSeconds", Integer.MAX_VALUE, v);
        if (r.waitFor() != null) {
            waitFor(r.waitFor(), r, v);
        }
        if (r.retry() != null) {
            retry(r.retry(), v);
        }
        return v;
    }

    private static Optional<ActivityType> type(String name, Violations v) {
        if (name == null || name.isBlank()) {
            v.add("type", "required");
            return Optional.empty();
        }
        Optional<ActivityType> type = ActivityType.fromWireName(name);
        if (type.isEmpty()) {
            v.add("type", "unknown activity type '" + name + "'");
        }
        return type;
    }

    private static void targets(CreateActivityRequest r, ActivityType type, int max, Violations v) {
        boolean single = r.computerId() != null;
        boolean many = r.computerIds() != null;
        if (type.kind() == ActivityKind.SERVER) {
            if (single || many) {
                v.add(single ? "computerId" : "computerIds",
                        "server activity type " + type.wireName() + " runs on no computer");
            }
            return;
        }
        if (single && many) {
            v.add("computerIds", "give either computerId or computerIds, not both");
        } else if (!single && !many) {
            v.add("computerId", "required for client activity type " + type.wireName() + " (or computerIds)");
        } else if (single && r.computerId().isBlank()) {
            v.add("computerId", "must not be blank");
        } else if (many) {
            computerIds(r.computerIds(), max, v);
        }
    }

    private static void computerIds(List<String> ids, int max, Violations v) {
        if (ids.isEmpty()) {
            v.add("computerIds", "must not be empty");
        } else if (ids.size() > max) {
            v.add("computerIds", "at most " + max + " computers per request");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                v.add("computerIds[" + i + "]", "must not be blank");
                continue;
            }
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                v.add("computerIds[" + i + "]", "duplicate of computerIds[" + first + "]");
            }
        }
    }

    private static void delivery(CreateActivityRequest r, Instant now, Violations v) {
        Instant before = r.deliverBefore();
        if (before != null && !before.isAfter(now)) {
            v.add("deliverBefore", "the deadline " + before + " is not in the future (now " + now + ")");
        } else if (before != null && r.deliverAfter() != null && !before.isAfter(r.deliverAfter())) {
            v.add("deliverBefore", "must be later than deliverAfter");
        }
        positive(r.deliverDelayWindowSeconds(), "deliverDelayWindowSeconds", MAX_WINDOW_SECONDS, v);
    }

    private static void waitFor(WaitForRequest w, CreateActivityRequest r, Violations v) {
        if (w.activityId() == null) {
            v.add("waitFor.activityId", "required");
        } else if (w.activityId().equals(r.id())) {
            v.add("waitFor.activityId", "an activity cannot wait for itself");
        }
        if (w.until() == null) {
            v.add("waitFor.until", "required: SUCCEEDED, FINISHED or PROGRESS");
        } else if (w.until() == WaitCondition.Until.PROGRESS) {
            if (w.progressAtLeast() == null) {
                v.add("waitFor.progressAtLeast", "required when until is PROGRESS");
            } else {
                positive(w.progressAtLeast(), "waitFor.progressAtLeast", 100, v);
            }
        } else if (w.progressAtLeast() != null) {
            v.add("waitFor.progressAtLeast", "only allowed when until is PROGRESS");
        }
    }

    private static void retry(RetryRequest retry, Violations v) {
        if (retry.maxAttempts() == null) {
            v.add("retry.maxAttempts", "required");
        } else {
            positive(retry.maxAttempts(), "retry.maxAttempts", MAX_ATTEMPTS, v);
        }
        Integer initial = retry.initialDelaySeconds();
        if (initial != null && initial < 0) {
            v.add("retry.initialDelaySeconds", "must not be negative");
        }
        Integer max = retry.maxDelaySeconds();
        if (max != null && max < (initial == null ? 0 : Math.max(0, initial))) {
            v.add("retry.maxDelaySeconds", "must be at least initialDelaySeconds");
        }
    }

    private static void positive(Integer value, String field, int max, Violations v) {
        if (value != null && (value < 1 || value > max)) {
            v.add(field, "must be between 1 and " + max);
        }
    }
}
