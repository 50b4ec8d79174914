package io.activityplatform.api.schedule.model;

import io.activityplatform.events.event.RetryPolicy;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What each firing of a schedule creates: one activity, or one per computer sharing a parent id. */
@Schema(name = "ActivityTemplate", description = "The activity each firing creates")
public record ActivityTemplate(
        @Schema(description = "Activity type wire name", example = "ExecuteScriptRequest") String type,
        @Schema(description = "Parameters, validated against the type's schema",
                example = "{\"interpreter\": \"/bin/sh\", \"code\": \"apt-get clean\"}") Map<String, Object> parameters,
        @Schema(description = "Target computers; required for client types, forbidden for server types. Several "
                + "computers give one activity per computer per firing, sharing a parent id",
                example = "[\"computer-1\"]") List<String> computerIds,
        @Schema(description = "Shown in activity lists", example = "Nightly cleanup") String summary,
        @Schema(description = "Execution time limit once IN_PROGRESS", example = "300") Integer timeoutSeconds,
        @Schema(description = "Automatic retry attempts after FAILED (seed 002 retry_attempts)") RetryPolicy retry) {

    public ActivityTemplate {
        parameters = parameters == null ? Map.of() : parameters;
        computerIds = computerIds == null ? List.of() : List.copyOf(computerIds);
    }
}
