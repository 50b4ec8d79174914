package io.activityplatform.api.console.rest;

import io.activityplatform.api.console.mapping.TypeDescriptions;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /activity-types}: read-only, derived from common-events' {@link ActivityType}, the one place the
 * types and their parameter schemas live. Role: any signed-in caller (viewer and up).
 */
@RolesAllowed(Roles.VIEWER)
@Path("/activity-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activity types", description = "The activity types and their parameter schemas")
public class ActivityTypeResource {

    private static final List<ActivityTypeDescription> ALL = TypeDescriptions.all();

    @GET
    @Operation(summary = "Every activity type with its kind and parameter schema")
    @APIResponse(responseCode = "200", description = "The types, in declaration order", content = @Content(
            schema = @Schema(implementation = ActivityTypeDescription.class, type = SchemaType.ARRAY)))
    public List<ActivityTypeDescription> list() {
        return ALL;
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One activity type by wire name")
    @APIResponse(responseCode = "200", description = "The type",
            content = @Content(schema = @Schema(implementation = ActivityTypeDescription.class)))
    @APIResponse(responseCode = "404", description = "No type of that wire name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public ActivityTypeDescription get(@PathParam("name") String name) {
        return ActivityType.fromWireName(name).map(TypeDescriptions::describe)
                .orElseThrow(() -> ProblemException.notFound("no activity type '" + name + "'"));
    }
}
