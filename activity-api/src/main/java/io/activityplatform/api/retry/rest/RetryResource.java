package io.activityplatform.api.retry.rest;

import io.activityplatform.api.retry.service.ManualRetry;
import io.activityplatform.service.security.Caller;
import io.activityplatform.service.security.Roles;
import io.activityplatform.service.rest.Problem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An operator's retry of a finished activity. */
@Path("/activities/{id}/retry")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retries", description = "Retry attempts of failed or canceled activities")
@RolesAllowed(Roles.OPERATOR)
public class RetryResource {

    private final ManualRetry retries;
    private final Caller caller;

    public RetryResource(ManualRetry retries, Caller caller) {
        this.retries = retries;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Retry a FAILED or CANCELED activity now",
            description = "Creates attempt n+1 of the activity's chain, QUEUED, with the same type, parameters, "
                    + "computer, timeout and retry policy (maxAttempts does not limit an operator). The attempt's "
                    + "id is derived from the chain and the attempt number, so repeating the request, or retrying "
                    + "an activity whose next attempt the automatic retry already created, returns that attempt "
                    + "(200) instead of creating another. To retry again, retry the newest attempt.")
    @APIResponse(responseCode = "201", description = "Created and visible to GET; Location names it",
            content = @Content(schema = @Schema(implementation = RetryAttemptResponse.class)))
    @APIResponse(responseCode = "200", description = "The next attempt already existed; Location names it",
            content = @Content(schema = @Schema(implementation = RetryAttemptResponse.class)))
    @APIResponse(responseCode = "202", description = "Accepted, not yet visible to GET; Location names it",
            content = @Content(schema = @Schema(implementation = RetryAttemptResponse.class)))
    @APIResponse(responseCode = "404", description = "No such activity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not FAILED or CANCELED; 'currentStatus' and "
            + "'retriableStatuses' say why", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<Response> retry(@Parameter(description = "The activity to retry") @PathParam("id") UUID id) {
        return retries.retry(id, caller.actor(), caller.accounts()).map(outcome -> {
            URI location = URI.create("/activities/" + outcome.attemptId());
            if (!outcome.visible()) {
                return Response.accepted(RetryAttemptResponse.pending(outcome.create())).location(location).build();
            }
            Response.Status status = outcome.created() ? Response.Status.CREATED : Response.Status.OK;
            return Response.status(status).location(location).entity(RetryAttemptResponse.of(outcome.attempt()))
                    .build();
        });
    }
}
