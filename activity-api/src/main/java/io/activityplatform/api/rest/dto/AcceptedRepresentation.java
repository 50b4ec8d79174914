package io.activityplatform.api.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 202: the event is in the log, but this service's view did not show it within the read-your-writes bound. */
@Schema(name = "Accepted")
public record AcceptedRepresentation(
        @Schema(description = "Where the result will be visible; poll it") String location,
        String detail) {

    public static AcceptedRepresentation at(String location) {
        return new AcceptedRepresentation(location, "published to the event log; not yet visible in this "
                + "service's view: GET the location shortly");
    }
}
