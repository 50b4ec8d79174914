package io.activityplatform.api.rest;

import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.api.rest.dto.OutputRepresentation;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.api.service.OutputReader;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** What an activity produced: progress, output and result artifacts. */
@Path("/activities")
@Tag(name = "Activities")
@RolesAllowed(Roles.VIEWER)
public class ActivityOutputResource {

    private final OutputReader outputs;
    private final Caller caller;

    public ActivityOutputResource(OutputReader outputs, Caller caller) {
        this.outputs = outputs;
        this.caller = caller;
    }

    @GET
    @Path("/{id}/output")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress and the output collected so far (up to 64 KiB)")
    @APIResponse(responseCode = "200", description = "The output",
            content = @Content(schema = @Schema(implementation = OutputRepresentation.class)))
    @APIResponse(responseCode = "400", description = "A bad from",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "404", description = "No such activity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<OutputRepresentation> output(@PathParam("id") UUID id,
            @Parameter(description = "Start at this character (the next of an earlier answer) to tail the output")
            @QueryParam("from") String from) {
        return outputs.output(id, from, caller.accounts());
    }

    @GET
    @Path("/{id}/result/artifacts/{name}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a result artifact (a report, an archive manifest) with its media type",
            description = "Artifacts ride in the activity's final event, so this service serves them from its "
                    + "own view, with no call to the service that produced them.")
    @APIResponse(responseCode = "200", description = "The artifact, as its own media type")
    @APIResponse(responseCode = "404", description = "No such activity, no result yet, or no such artifact",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<RestResponse<String>> artifact(@PathParam("id") UUID id, @PathParam("name") String name) {
        return outputs.artifact(id, name, caller.accounts()).map(a -> RestResponse.ResponseBuilder.ok(a.content() == null ? ""
                        : a.content(), a.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : a.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + a.name().replace("\"", "") + "\"")
                .build());
    }
}
