package io.activityplatform.api.rest;

import io.activityplatform.api.model.Command;
import io.activityplatform.api.rest.dto.BulkCommandRequest;
import io.activityplatform.api.rest.dto.BulkResult;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.api.service.BulkCommandService;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.Caller;
import io.activityplatform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Bulk cancel and approve, by ids or by filter, with per-item results and a dry run. */
@Path("/activities/bulk")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commands")
@APIResponse(responseCode = "200", description = "Every item's outcome (CHANGED, WOULD_CHANGE, CONFLICT, NOT_FOUND)",
        content = @Content(schema = @Schema(implementation = BulkResult.class)))
@APIResponse(responseCode = "202", description = "Published; some items were not yet visible (PENDING)",
        content = @Content(schema = @Schema(implementation = BulkResult.class)))
@APIResponse(responseCode = "400", description = "Neither or both of ids and filter, too many ids, a bad filter",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@RolesAllowed(Roles.OPERATOR)
public class BulkCommandResource {

    private final BulkCommandService bulk;
    private final Caller caller;

    public BulkCommandResource(BulkCommandService bulk, Caller caller) {
        this.bulk = bulk;
        this.caller = caller;
    }

    @POST
    @Path("/cancel")
    @Operation(summary = "Cancel many activities; each succeeds or fails on its own")
    public Uni<RestResponse<BulkResult>> cancel(BulkCommandRequest request) {
        return run(Command.CANCEL, request);
    }

    @POST
    @Path("/approve")
    @Operation(summary = "Approve many BLOCKED activities; each succeeds or fails on its own")
    public Uni<RestResponse<BulkResult>> approve(BulkCommandRequest request) {
        return run(Command.APPROVE, request);
    }

    private Uni<RestResponse<BulkResult>> run(Command command, BulkCommandRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with ids or filter is required");
        }
        return bulk.execute(command, request, caller.actor(), caller.accounts())
                .map(result -> result.counts().containsKey(BulkResult.Outcome.PENDING)
                        ? RestResponse.ResponseBuilder.<BulkResult>accepted(result).build()
                        : RestResponse.ok(result));
    }
}
