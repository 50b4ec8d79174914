package io.activityplatform.api.rest;

import io.activityplatform.api.mapping.ActivityMapper;
import io.activityplatform.api.rest.dto.AcceptedRepresentation;
import io.activityplatform.api.rest.dto.ActivityGroupRepresentation;
import io.activityplatform.api.rest.dto.ActivityRepresentation;
import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.api.service.CreateActivityService;
import io.activityplatform.api.service.CreateOutcome;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.Caller;
import io.activityplatform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code POST /activities}. */
@Path("/activities")
@Tag(name = "Activities", description = "Create, read and watch activities")
@RolesAllowed(Roles.OPERATOR)
public class ActivityCreateResource {

    private final CreateActivityService service;
    private final Caller caller;

    public ActivityCreateResource(CreateActivityService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an activity, or one per computer with computerIds",
            description = "Validates type, parameters and targets, derives the initial status (requireApproval → "
                    + "BLOCKED, waitFor → WAITING, future deliverAfter → SCHEDULED, else QUEUED), publishes "
                    + "activity.created and answers once this service's view shows it. Nothing is published "
                    + "for a rejected request. A repeated request (same id, or same Idempotency-Key from the "
                    + "same user) returns the existing activity with 200.")
    @APIResponse(responseCode = "201", description = "Created and visible to GET. Location: the activity (or the "
            + "group summary for computerIds); ETag: its status version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {ActivityRepresentation.class,
                    ActivityGroupRepresentation.class})))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier request: the existing activity, "
            + "header Idempotent-Replayed: true", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {ActivityRepresentation.class, ActivityGroupRepresentation.class})))
    @APIResponse(responseCode = "202", description = "Published, but not yet visible within the read-your-writes "
            + "bound; Location says where to look", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AcceptedRepresentation.class)))
    @APIResponse(responseCode = "400", description = "Invalid request: unknown type, bad parameters, missing or "
            + "duplicate computer, past deliverBefore, bad waitFor/retry; errors name each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "The id or Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "422", description = "Unknown, pending or removed computer; unknown "
            + "waitFor.activityId", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<RestResponse<Object>> create(CreateActivityRequest request,
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried POST return the same activity; "
                    + "scoped by the token's subject") @HeaderParam(RequestHeaders.IDEMPOTENCY_KEY) String idempotencyKey) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object is required");
        }
        return service.create(request, caller.actor(), caller.accounts(), idempotencyKey).map(ActivityCreateResource::respond);
    }

    private static RestResponse<Object> respond(CreateOutcome outcome) {
        var plan = outcome.plan();
        URI location = URI.create(plan.group() ? ActivityMapper.summaryLocation(plan.id())
                : ActivityMapper.location(plan.id()));
        if (outcome.kind() == CreateOutcome.Kind.ACCEPTED) {
            return RestResponse.ResponseBuilder.<Object>accepted(AcceptedRepresentation.at(location.toString()))
                    .location(location).build();
        }
        var status = outcome.kind() == CreateOutcome.Kind.CREATED ? RestResponse.Status.CREATED
                : RestResponse.Status.OK;
        var builder = RestResponse.ResponseBuilder.<Object>create(status).location(location);
        if (outcome.kind() == CreateOutcome.Kind.REPLAYED) {
            builder.header(RequestHeaders.IDEMPOTENT_REPLAYED, "true");
        }
        if (plan.group()) {
            return builder.entity(new ActivityGroupRepresentation(plan.id(),
                    outcome.states().stream().map(ActivityMapper::toRepresentation).toList())).build();
        }
        var state = outcome.states().get(0);
        return builder.header("ETag", RequestHeaders.etag(state.statusVersion()))
                .entity(ActivityMapper.toRepresentation(state)).build();
    }
}
