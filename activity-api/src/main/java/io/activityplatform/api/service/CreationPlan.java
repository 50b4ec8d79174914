package io.activityplatform.api.service;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import java.util.List;
import java.util.UUID;

/**
 * The events one create request publishes. {@code id} is the activity's id, or for a multi-computer request
 * ({@code group}) the parent id its activities share.
 */
public record CreationPlan(UUID id, boolean group, List<ActivityCreated> events) {

    public List<UUID> activityIds() {
        return events.stream().map(ActivityCreated::activityId).toList();
    }

    public ActivityDefinition definitionOf(UUID activityId) {
        return events.stream().filter(e -> e.activityId().equals(activityId)).findFirst()
                .map(ActivityCreated::definition).orElseThrow();
    }
}
