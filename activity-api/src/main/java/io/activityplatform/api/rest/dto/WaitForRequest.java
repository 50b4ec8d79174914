package io.activityplatform.api.rest.dto;

import io.activityplatform.events.event.WaitCondition;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a WAITING activity waits for (seed 000: another activity completes or reaches a progress threshold). */
@Schema(name = "WaitFor")
public record WaitForRequest(
        @Schema(required = true, description = "The awaited activity; must exist") UUID activityId,
        @Schema(required = true, description = "SUCCEEDED: released when it succeeds; FINISHED: when it reaches "
                + "any final status; PROGRESS: when it reports at least progressAtLeast percent")
        WaitCondition.Until until,
        @Schema(description = "Percent threshold, required for (and only for) PROGRESS", minimum = "1",
                maximum = "100") Integer progressAtLeast) {
}
