package io.activityplatform.api.rest;

import io.activityplatform.service.rest.ProblemMappers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activityplatform.api.mapping.ActivityMapper;
import io.activityplatform.api.model.Command;
import io.activityplatform.api.rest.dto.AcceptedRepresentation;
import io.activityplatform.api.rest.dto.ActivityRepresentation;
import io.activityplatform.api.rest.dto.CommandRequest;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.api.service.CommandOutcome;
import io.activityplatform.api.service.CommandService;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.Caller;
import io.activityplatform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Operator commands on one activity. Each publishes one conditional status change and answers once this
 * service's view shows whether it was applied.
 */
@Path("/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commands", description = "Cancel, approve and hold activities")
// Every command answers alike, so the answers are documented once, for all of them.
@APIResponse(responseCode = "200", description = "Applied and visible; ETag: the new status version",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = ActivityRepresentation.class)))
@APIResponse(responseCode = "202", description = "Published, not yet visible within the read-your-writes bound",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = AcceptedRepresentation.class)))
@APIResponse(responseCode = "400", description = "A bad If-Match or reason",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "404", description = "No such activity",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "409", description = "The state machine forbids it from the current status, or "
        + "another change won the race: names currentStatus and allowedTransitions",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@APIResponse(responseCode = "412", description = "If-Match is not the current status version, but the command is "
        + "still possible from the current status (when it is not, 409: re-reading would not help)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
@RolesAllowed(Roles.OPERATOR)
public class ActivityCommandResource {

    static final String IF_MATCH = "The ETag (status version) the command is meant for; stale → 412";

    private final CommandService commands;
    private final Caller caller;
    private final ObjectMapper json;

    public ActivityCommandResource(CommandService commands, Caller caller, ObjectMapper json) {
        this.commands = commands;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel an activity (from any status the kind's state machine allows)")
    public Uni<RestResponse<Object>> cancel(@PathParam("id") UUID id, @RequestBody(content = @Content(
            schema = @Schema(implementation = CommandRequest.class))) String body,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return run(Command.CANCEL, id, body, ifMatch);
    }

    @POST
    @Path("/{id}/approve")
    @Operation(summary = "Approve a BLOCKED activity: to QUEUED, or to WAITING when it has waitFor")
    public Uni<RestResponse<Object>> approve(@PathParam("id") UUID id, @RequestBody(content = @Content(
            schema = @Schema(implementation = CommandRequest.class))) String body,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return run(Command.APPROVE, id, body, ifMatch);
    }

    @POST
    @Path("/{id}/hold")
    @Operation(summary = "Hold a QUEUED activity: to BLOCKED until approved")
    public Uni<RestResponse<Object>> hold(@PathParam("id") UUID id, @RequestBody(content = @Content(
            schema = @Schema(implementation = CommandRequest.class))) String body,
            @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        return run(Command.HOLD, id, body, ifMatch);
    }

    private Uni<RestResponse<Object>> run(Command command, UUID id, String body, String ifMatch) {
        Integer expected = RequestHeaders.ifMatch(ifMatch);
        return commands.execute(command, id, expected, caller.actor(), reasonOf(body),
                caller.accounts()).map(outcome -> respond(id, outcome));
    }

    /**
     * The body is optional, so it is taken as text and read here: a typed parameter would make a command
     * sent without any body or Content-Type a 415.
     */
    private String reasonOf(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, CommandRequest.class).reason();
        } catch (JsonProcessingException e) {
            String field = e instanceof JsonMappingException m ? ProblemMappers.pathOf(m) : "body";
            throw ProblemException.invalid(field, "expected {\"reason\": \"...\"}: " + e.getOriginalMessage());
        }
    }

    private static RestResponse<Object> respond(UUID id, CommandOutcome outcome) {
        URI location = URI.create(ActivityMapper.location(id));
        if (outcome.kind() == CommandOutcome.Kind.ACCEPTED) {
            return RestResponse.ResponseBuilder.<Object>accepted(AcceptedRepresentation.at(location.toString()))
                    .location(location).build();
        }
        return RestResponse.ResponseBuilder.<Object>ok(ActivityMapper.toRepresentation(outcome.state()))
                .header("ETag", RequestHeaders.etag(outcome.state().statusVersion())).build();
    }
}
