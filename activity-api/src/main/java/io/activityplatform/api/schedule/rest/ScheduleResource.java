package io.activityplatform.api.schedule.rest;

import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.api.schedule.model.Firing;
import io.activityplatform.api.schedule.repository.FiringRepository;
import io.activityplatform.api.schedule.service.ScheduleService;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recurring schedules (seed 002): each firing creates one activity from the schedule's template. */
@Path("/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules", description = "Recurring schedules: an activity template fired on days, times, time zone")
@RolesAllowed(Roles.VIEWER)
public class ScheduleResource {

    static final int MAX_LIMIT = 500;

    private final ScheduleService schedules;
    private final FiringRepository firings;

    public ScheduleResource(ScheduleService schedules, FiringRepository firings) {
        this.schedules = schedules;
        this.firings = firings;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a schedule", description = "It fires for fire times after its creation only.")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in errors: name, dayOfWeek, "
            + "triggerTimes[i], timezone, calendar (unknown), template.type, template.parameters.*, "
            + "template.computerIds[i], template.retry.*", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(ScheduleRequest request) {
        return schedules.create(orEmpty(request).toDefinition()).map(ScheduleResponse::of)
                .map(s -> Response.created(URI.create("/schedules/" + s.id())).entity(s).build());
    }

    @GET
    @Operation(summary = "List schedules in id order, one page at a time")
    @APIResponse(responseCode = "200", description = "A page; 'next' is the cursor of the following one",
            content = @Content(schema = @Schema(implementation = SchedulePage.class)))
    @APIResponse(responseCode = "400", description = "limit outside 1.." + MAX_LIMIT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<SchedulePage> list(
            @Parameter(description = "Only active (true) or inactive (false) schedules") @QueryParam("active")
            Boolean active,
            @Parameter(description = "Cursor: the 'next' of the previous page") @QueryParam("after") UUID after,
            @Parameter(description = "Page size, 1.." + MAX_LIMIT) @QueryParam("limit") @DefaultValue("100")
            int limit) {
        checkLimit(limit);
        return schedules.page(active, after, limit).map(page -> new SchedulePage(
                page.stream().map(ScheduleResponse::of).toList(),
                page.size() < limit ? null : page.get(page.size() - 1).schedule().id()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One schedule, with its next fire time and counters")
    @APIResponse(responseCode = "200", description = "The schedule",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ScheduleResponse> get(@PathParam("id") UUID id) {
        return schedules.get(id).map(ScheduleResponse::of);
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Replace a schedule's configuration",
            description = "The new recurrence applies to fire times after the change; counters are kept.")
    @APIResponse(responseCode = "200", description = "The replaced schedule",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in errors (as for POST)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ScheduleResponse> replace(@PathParam("id") UUID id, ScheduleRequest request) {
        return schedules.replace(id, orEmpty(request).toDefinition()).map(ScheduleResponse::of);
    }

    @DELETE
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}")
    @Operation(summary = "Delete a schedule; the activities it created stay")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return schedules.delete(id);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}/activate")
    @Operation(summary = "Start firing", description = "From now on: fire times while inactive never fire.")
    @APIResponse(responseCode = "200", description = "The active schedule",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ScheduleResponse> activate(@PathParam("id") UUID id) {
        return schedules.setActive(id, true).map(ScheduleResponse::of);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}/deactivate")
    @Operation(summary = "Stop firing; activities already created are not touched")
    @APIResponse(responseCode = "200", description = "The inactive schedule",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ScheduleResponse> deactivate(@PathParam("id") UUID id) {
        return schedules.setActive(id, false).map(ScheduleResponse::of);
    }

    @GET
    @Path("/{id}/firings")
    @Operation(summary = "The schedule's firings, newest first, with the activity each created")
    @APIResponse(responseCode = "200", description = "Firings",
            content = @Content(schema = @Schema(implementation = Firing.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "limit outside 1.." + MAX_LIMIT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<List<Firing>> firings(@PathParam("id") UUID id,
            @Parameter(description = "Only firings before this instant (cursor)") @QueryParam("before")
            Instant before,
            @Parameter(description = "Page size, 1.." + MAX_LIMIT) @QueryParam("limit") @DefaultValue("100")
            int limit) {
        checkLimit(limit);
        return schedules.get(id).flatMap(found -> firings.latest(id, before, limit));
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "from 1 to " + MAX_LIMIT);
        }
    }

    private static ScheduleRequest orEmpty(ScheduleRequest request) {
        return request == null ? ScheduleRequest.empty() : request;
    }
}
