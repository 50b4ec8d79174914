package io.activityplatform.api.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of cancel, approve and hold: why, for the history. */
@Schema(name = "CommandRequest")
public record CommandRequest(
        @Schema(description = "Recorded in the event and the history", maxLength = 500) String reason) {
}
