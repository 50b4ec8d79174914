package io.activityplatform.api.schedule.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI shape of one page of schedules in id order (a service-core Page of ScheduleResponse). */
@Schema(name = "SchedulePage")
public record SchedulePage(
        List<ScheduleResponse> items,
        @Schema(description = "Pass as 'cursor' for the next page; absent on the last page") String nextCursor) {
}
