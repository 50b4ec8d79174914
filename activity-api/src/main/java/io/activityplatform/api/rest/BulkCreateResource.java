package io.activityplatform.api.rest;

import io.activityplatform.api.mapping.ActivityMapper;
import io.activityplatform.api.rest.dto.BatchCreateRequest;
import io.activityplatform.api.rest.dto.BatchCreateResult;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.api.service.CreateActivityService;
import io.activityplatform.api.service.CreateOutcome;
import io.activityplatform.events.fold.ActivityState;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code POST /activities/bulk/create}: many activities in one request, published as one batch of records. */
@Path("/activities/bulk/create")
@Tag(name = "Activities")
@RolesAllowed(Roles.OPERATOR)
public class BulkCreateResource {

    private final CreateActivityService service;
    private final Caller caller;

    public BulkCreateResource(CreateActivityService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create many activities at once",
            description = "Each item is what POST /activities takes. Every item is validated first: one invalid "
                    + "item refuses the whole request and nothing is published. Then the missing activities are "
                    + "published together and the answer comes once this service's view shows them all. Items "
                    + "that repeat an earlier request (same id, or the same Idempotency-Key and position) are "
                    + "REPLAYED.")
    @APIResponse(responseCode = "201", description = "At least one item CREATED; the others REPLAYED",
            content = @Content(schema = @Schema(implementation = BatchCreateResult.class)))
    @APIResponse(responseCode = "200", description = "Every item REPLAYED; header Idempotent-Replayed: true",
            content = @Content(schema = @Schema(implementation = BatchCreateResult.class)))
    @APIResponse(responseCode = "202", description = "Published, not yet visible within the read-your-writes "
            + "bound: every item PENDING, each with its location",
            content = @Content(schema = @Schema(implementation = BatchCreateResult.class)))
    @APIResponse(responseCode = "400", description = "No items, too many, or invalid items; errors name "
            + "activities[i].field", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "409", description = "An item's id or Idempotency-Key position was used for a "
            + "different request", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "422", description = "Items refer to unknown, pending or removed computers or "
            + "unknown activities; errors name activities[i].field", content = @Content(
                    mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<RestResponse<BatchCreateResult>> create(BatchCreateRequest request,
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retried batch land on the same activities "
                    + "(item i's id derives from the key and i); scoped by the token's subject")
            @HeaderParam(RequestHeaders.IDEMPOTENCY_KEY) String idempotencyKey) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with activities is required");
        }
        return service.createAll(request.activities(), caller.actor(), caller.accounts(), idempotencyKey)
                .map(BulkCreateResource::respond);
    }

    static RestResponse<BatchCreateResult> respond(List<CreateOutcome> outcomes) {
        List<BatchCreateResult.Item> items = outcomes.stream().map(BulkCreateResource::item).toList();
        int created = count(items, BatchCreateResult.Outcome.CREATED);
        int replayed = count(items, BatchCreateResult.Outcome.REPLAYED);
        int pending = count(items, BatchCreateResult.Outcome.PENDING);
        BatchCreateResult result = new BatchCreateResult(created, replayed, pending, items);
        if (pending > 0) {
            return RestResponse.ResponseBuilder.accepted(result).build();
        }
        if (created == 0) {
            return RestResponse.ResponseBuilder.ok(result).header(RequestHeaders.IDEMPOTENT_REPLAYED, "true").build();
        }
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, result).build();
    }

    private static BatchCreateResult.Item item(CreateOutcome outcome) {
        var plan = outcome.plan();
        String location = plan.group() ? ActivityMapper.summaryLocation(plan.id()) : ActivityMapper.location(plan.id());
        BatchCreateResult.Outcome kind = switch (outcome.kind()) {
            case CREATED -> BatchCreateResult.Outcome.CREATED;
            case REPLAYED -> BatchCreateResult.Outcome.REPLAYED;
            case ACCEPTED -> BatchCreateResult.Outcome.PENDING;
        };
        ActivityState state = plan.group() || outcome.states().isEmpty() ? null : outcome.states().get(0);
        return new BatchCreateResult.Item(plan.id(), kind, location, state == null ? null : state.status(),
                state == null ? null : state.statusVersion());
    }

    private static int count(List<BatchCreateResult.Item> items, BatchCreateResult.Outcome outcome) {
        return (int) items.stream().filter(i -> i.outcome() == outcome).count();
    }
}
