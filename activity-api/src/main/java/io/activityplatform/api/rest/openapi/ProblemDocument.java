package io.activityplatform.api.rest.openapi;

import io.activityplatform.events.status.ActivityStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How every error body looks (RFC 9457), for the OpenAPI document only: the service answers with
 * service-core's {@code Problem}, whose extra members are written dynamically.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record ProblemDocument(
        @Schema(examples = "urn:activityplatform:problem:transition-not-allowed") String type,
        @Schema(examples = "Transition not allowed") String title,
        @Schema(examples = "409") int status,
        String detail,
        @Schema(description = "Each offending field, e.g. parameters.code, computerIds[1], waitFor.activityId")
        List<FieldErrorDocument> errors,
        @Schema(description = "409/412 on a command: the activity's status now") ActivityStatus currentStatus,
        @Schema(description = "409/412 on a command: the activity's status version now") Integer statusVersion,
        @Schema(description = "409 on a command: where the state machine allows it to go from currentStatus")
        List<ActivityStatus> allowedTransitions,
        @Schema(description = "409 after publishing: the fold's reason for rejecting the command's event, e.g. "
                + "VERSION_CONFLICT") String rejection) {

    @Schema(name = "FieldError")
    public record FieldErrorDocument(@Schema(examples = "parameters.code") String field,
            @Schema(examples = "required") String message) {
    }
}
