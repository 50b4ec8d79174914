package io.activityplatform.api.calendar.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A named list of dates on which recurring schedules using it do not fire (seed 002 "calendar"). */
@Schema(name = "Calendar", description = "A holiday calendar: dates on which schedules using it do not fire")
public record Calendar(
        @Schema(description = "Unique name, used by schedules", example = "US_HOLIDAYS") String name,
        @Schema(description = "Free text", example = "US federal holidays") String description,
        @Schema(description = "Dates to skip, ascending, judged in each schedule's own time zone",
                example = "[\"2026-07-04\", \"2026-12-25\"]") List<LocalDate> dates,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "1 at creation, +1 per replace; also the ETag, for If-Match on PUT") int version,
        @Schema(description = "The account (tenant) owning it; names are unique per account") String accountId) {

    public Calendar {
        dates = List.copyOf(dates);
    }
}
