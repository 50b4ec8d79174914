package io.activityplatform.api.schedule.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of schedules in id order. */
@Schema(name = "SchedulePage")
public record SchedulePage(
        List<ScheduleResponse> items,
        @Schema(description = "Pass as 'after' for the next page; absent on the last page") UUID next) {
}
