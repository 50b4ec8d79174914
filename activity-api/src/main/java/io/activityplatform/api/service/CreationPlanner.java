package io.activityplatform.api.service;

import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.api.rest.dto.RetryRequest;
import io.activityplatform.api.rest.dto.WaitForRequest;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.events.event.WaitCondition;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.events.type.ActivityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Turns a valid create request into the events to publish. Pure: the id and the time are given. */
public final class CreationPlanner {

    static final int MAX_IDEMPOTENCY_KEY = 255;

    private CreationPlanner() {
    }

    /**
     * The activity (or parent) id: the client's {@code id}, else one derived from the Idempotency-Key scoped
     * by the creator (so a retried POST lands on the same id and two users never collide), else random.
     */
    public static UUID resolveId(UUID clientId, String idempotencyKey, String creator, Violations v) {
        if (idempotencyKey == null) {
            return clientId != null ? clientId : UUID.randomUUID();
        }
        if (clientId != null) {
            v.add("Idempotency-Key", "give either an id in the body or an Idempotency-Key header, not both");
        } else {
            checkKey(idempotencyKey, v);
        }
        return DeterministicIds.idempotencyKey(creator, idempotencyKey);
    }

    /** An Idempotency-Key header, when given, is 1 to {@value #MAX_IDEMPOTENCY_KEY} characters. */
    static void checkKey(String idempotencyKey, Violations v) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY)) {
            v.add("Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
        }
    }

    /**
     * @param accountOf the owning account of the activity for a computer: its computer's account, or for a
     *                  server activity (computer null) the account its creator chose
     */
    public static CreationPlan plan(CreateActivityRequest r, UUID id, Actor creator, String source, Instant now,
            Function<String, String> accountOf) {
        ActivityStatus initial = initialStatus(r, now);
        if (r.computerIds() == null) {
            ActivityDefinition definition = definition(r, r.computerId(), null, accountOf.apply(r.computerId()));
            return new CreationPlan(id, false, List.of(created(id, definition, initial, creator, source, now)));
        }
        List<ActivityCreated> events = new ArrayList<>(r.computerIds().size());
        for (String computer : r.computerIds()) {
            UUID child = DeterministicIds.childActivity(id, computer);
            events.add(created(child, definition(r, computer, id, accountOf.apply(computer)), initial, creator, source, now));
        }
        return new CreationPlan(id, true, List.copyOf(events));
    }

    /**
     * Approval first (an approved activity then waits if it has a dependency), then the dependency, then
     * the delivery time. A deliverAfter that is not in the future is simply due now.
     */
    public static ActivityStatus initialStatus(CreateActivityRequest r, Instant now) {
        if (Boolean.TRUE.equals(r.requireApproval())) {
            return ActivityStatus.BLOCKED;
        }
        if (r.waitFor() != null) {
            return ActivityStatus.WAITING;
        }
        if (r.deliverAfter() != null && r.deliverAfter().isAfter(now)) {
            return ActivityStatus.SCHEDULED;
        }
        return ActivityStatus.QUEUED;
    }

    static ActivityDefinition definition(CreateActivityRequest r, String computerId, UUID parentId,
            String accountId) {
        ActivityType type = ActivityType.fromWireName(r.type()).orElseThrow();
        String summary = r.summary() == null || r.summary().isBlank() ? type.description() : r.summary().trim();
        return new ActivityDefinition(type.wireName(), computerId, parentId, summary, r.parameters(),
                r.deliverAfter(), r.deliverBefore(), r.deliverDelayWindowSeconds(), waitCondition(r.waitFor()),
                retryPolicy(r.retry()), r.timeoutSeconds(), 1, null, null, accountId);
    }

    private static WaitCondition waitCondition(WaitForRequest w) {
        return w == null ? null : new WaitCondition(w.activityId(), w.until(), w.progressAtLeast());
    }

    private static RetryPolicy retryPolicy(RetryRequest r) {
        if (r == null) {
            return null;
        }
        return new RetryPolicy(r.maxAttempts(), r.backoff() == null ? RetryPolicy.Backoff.FIXED : r.backoff(),
                r.initialDelaySeconds() == null ? 0 : r.initialDelaySeconds(), r.maxDelaySeconds());
    }

    private static ActivityCreated created(UUID id, ActivityDefinition definition, ActivityStatus initial,
            Actor creator, String source, Instant now) {
        return new ActivityCreated(UUID.randomUUID(), id, now, creator, source, definition, initial);
    }
}
