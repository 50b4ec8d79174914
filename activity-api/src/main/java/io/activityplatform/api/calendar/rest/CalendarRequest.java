package io.activityplatform.api.calendar.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /calendars} and {@code PUT /calendars/{name}}. Dates are strings so that a bad one is
 * reported with its index ({@code dates[2]}) rather than as an unreadable body.
 */
@Schema(name = "CalendarRequest")
public record CalendarRequest(
        @Schema(description = "1 to 64 characters: letters, digits, '_', '-', '.'; on PUT optional and must equal "
                + "the path", example = "US_HOLIDAYS") String name,
        @Schema(description = "At most 1000 characters", example = "US federal holidays") String description,
        @Schema(description = "ISO dates (yyyy-MM-dd) to skip; duplicates are merged, at most 1000",
                example = "[\"2026-07-04\", \"2026-12-25\"]") List<String> dates,
        @Schema(description = "On POST, the owning account among those the token names; required unless the token "
                + "names exactly one. Ignored on PUT (use the accountId query parameter)") String accountId) {

    public CalendarRequest(String name, String description, List<String> dates) {
        this(name, description, dates, null);
    }
}
