package io.activityplatform.api.service;

import io.activityplatform.api.rest.dto.CreateActivityRequest;
import java.util.Set;

/**
 * One create request, valid and planned: what it publishes, the accounts its references are looked up in, and
 * how its errors name fields ({@code fieldPrefix} is empty for {@code POST /activities} and
 * {@code activities[i].} for the i-th item of a batch).
 *
 * @param idField the field a 409 names: {@code id}, or {@code Idempotency-Key} when the id came from the key
 */
public record PlannedCreate(CreateActivityRequest request, CreationPlan plan, Set<String> scope, String idField,
        String fieldPrefix) {

    /** The field as the client sees it, e.g. {@code activities[3].id}. */
    public String field(String name) {
        return fieldPrefix + name;
    }
}
