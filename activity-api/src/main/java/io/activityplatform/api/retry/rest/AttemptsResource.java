package io.activityplatform.api.retry.rest;

import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.api.retry.repository.RetryQueries;
import io.activityplatform.api.retry.service.RetryAttempts;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retry chain an activity belongs to. */
@Path("/activities/{id}/attempts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Retries")
@RolesAllowed(Roles.VIEWER)
public class AttemptsResource {

    private final ActivityViewStore view;
    private final RetryQueries queries;
    private final Caller caller;

    public AttemptsResource(ActivityViewStore view, RetryQueries queries, Caller caller) {
        this.view = view;
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every attempt of the activity's retry chain, by attempt number",
            description = "Works from any attempt of the chain: the first attempt and all its retries.")
    @APIResponse(responseCode = "200", description = "The attempts",
            content = @Content(schema = @Schema(implementation = RetryAttemptResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such activity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<RetryAttemptResponse>> attempts(@PathParam("id") UUID id) {
        // Every attempt of a chain belongs to the original's account (a retry copies the definition).
        return view.find(id, caller.accounts())
                .map(found -> found.orElseThrow(() -> ProblemException.notFound("no activity " + id)))
                .flatMap(state -> queries.chain(RetryAttempts.original(state)))
                .map(chain -> chain.stream().map(RetryAttemptResponse::of).toList());
    }
}
