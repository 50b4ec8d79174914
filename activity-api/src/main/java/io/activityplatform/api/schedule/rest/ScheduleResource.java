package io.activityplatform.api.schedule.rest;

import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.api.rest.RequestHeaders;
import io.activityplatform.api.schedule.model.Firing;
import io.activityplatform.api.schedule.model.LoadedSchedule;
import io.activityplatform.api.schedule.repository.FiringRepository;
import io.activityplatform.api.schedule.service.ScheduleService;
import io.activityplatform.service.rest.Page;
import io.activityplatform.service.rest.PageLimits;
import io.activityplatform.service.rest.PageLinks;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.security.AccountChoice;
import io.activityplatform.service.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Recurring schedules (seed 002): each firing creates one activity from the schedule's template. */
@Path("/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules", description = "Recurring schedules: an activity template fired on days, times, time zone")
@RolesAllowed(Roles.VIEWER)
public class ScheduleResource {

    static final int MAX_LIMIT = 500;

    private final ScheduleService schedules;
    private final FiringRepository firings;
    private final Caller caller;

    public ScheduleResource(ScheduleService schedules, FiringRepository firings, Caller caller) {
        this.schedules = schedules;
        this.firings = firings;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a schedule", description = "It fires for fire times after its creation only.")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in errors: name, dayOfWeek, "
            + "triggerTimes[i], timezone, calendar (unknown), template.type, template.parameters.*, "
            + "template.computerIds[i], template.retry.*", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(ScheduleRequest request) {
        ScheduleRequest body = orEmpty(request);
        String account = AccountChoice.choose(body.accountId(), caller.accounts(), "accountId");
        return schedules.create(account, body.toDefinition()).map(ScheduleResponse::of)
                .map(s -> Response.created(URI.create("/schedules/" + s.id())).entity(s)
                        .header("ETag", RequestHeaders.etag(s.version())).build());
    }

    @GET
    @Operation(summary = "List schedules in id order, one page at a time",
            description = "Pass nextCursor as cursor, with the same filters, for the next page; the Link header "
                    + "(rel=next) carries the whole next URL.")
    @APIResponse(responseCode = "200", description = "A page; nextCursor is the cursor of the following one",
            content = @Content(schema = @Schema(implementation = SchedulePage.class)))
    @APIResponse(responseCode = "400", description = "A bad limit (1.." + MAX_LIMIT + "), cursor or active",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<Page<ScheduleResponse>>> list(
            @Parameter(description = "Only active (true) or inactive (false) schedules") @QueryParam("active")
            Boolean active,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1.." + MAX_LIMIT) @QueryParam("limit") @DefaultValue("100")
            int limit, @Context UriInfo uri) {
        checkLimit(limit);
        UUID after = PageLinks.decode(cursor, 1, parts -> UUID.fromString(parts.get(0)));
        return schedules.page(active, after, limit + 1, caller.accounts())
                .map(page -> Page.of(page, limit, s -> PageLinks.encode(s.schedule().id().toString()))
                        .map(ScheduleResponse::of))
                .map(page -> PageLinks.ok(page, uri));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One schedule, with its next fire time and counters")
    @APIResponse(responseCode = "200", description = "The schedule; ETag is its version, for If-Match on PUT",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ScheduleResponse>> get(@PathParam("id") UUID id) {
        return schedules.get(id, caller.accounts()).map(ScheduleResource::tagged);
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}")
    @Operation(summary = "Replace a schedule's configuration",
            description = "The new recurrence applies to fire times after the change; counters are kept. With "
                    + "If-Match (the ETag read) a schedule changed since is a 412; without, the last writer wins.")
    @APIResponse(responseCode = "200", description = "The replaced schedule; ETag is its new version",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid field, named in errors (as for POST), or If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version ('version' in the body)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ScheduleResponse>> replace(@PathParam("id") UUID id, ScheduleRequest request,
            @Parameter(description = "The ETag (version) the change is meant for; stale → 412")
            @HeaderParam("If-Match") String ifMatch) {
        Integer expected = RequestHeaders.ifMatch(ifMatch);
        return schedules.replace(id, orEmpty(request).toDefinition(), expected, caller.accounts()).map(ScheduleResource::tagged);
    }

    @DELETE
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}")
    @Operation(summary = "Delete a schedule; the activities it created stay")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return schedules.delete(id, caller.accounts());
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}/activate")
    @Operation(summary = "Start firing", description = "From now on: fire times while inactive never fire.")
    @APIResponse(responseCode = "200", description = "The active schedule",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ScheduleResponse>> activate(@PathParam("id") UUID id) {
        return schedules.setActive(id, true, caller.accounts()).map(ScheduleResource::tagged);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{id}/deactivate")
    @Operation(summary = "Stop firing; activities already created are not touched")
    @APIResponse(responseCode = "200", description = "The inactive schedule",
            content = @Content(schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ScheduleResponse>> deactivate(@PathParam("id") UUID id) {
        return schedules.setActive(id, false, caller.accounts()).map(ScheduleResource::tagged);
    }

    @GET
    @Path("/{id}/firings")
    @Operation(summary = "The schedule's firings, newest first, with the activity each created, one page at a time")
    @APIResponse(responseCode = "200", description = "A page of firings; nextCursor is the cursor of the next one",
            content = @Content(schema = @Schema(implementation = FiringPage.class)))
    @APIResponse(responseCode = "400", description = "A bad limit (1.." + MAX_LIMIT + ") or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<Page<Firing>>> firings(@PathParam("id") UUID id,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1.." + MAX_LIMIT) @QueryParam("limit") @DefaultValue("100")
            int limit, @Context UriInfo uri) {
        checkLimit(limit);
        Instant before = PageLinks.decode(cursor, 1, parts -> Instant.parse(parts.get(0)));
        return schedules.get(id, caller.accounts()).flatMap(found -> firings.latest(id, before, limit + 1))
                .map(page -> PageLinks.ok(Page.of(page, limit, f -> PageLinks.encode(f.fireAt().toString())), uri));
    }

    /** The OpenAPI shape of a page of firings. */
    @Schema(name = "FiringPage")
    public record FiringPage(List<Firing> items, String nextCursor) {
    }

    /** The schedule with its version as the ETag (the same format as an activity's). */
    private static RestResponse<ScheduleResponse> tagged(LoadedSchedule loaded) {
        ScheduleResponse response = ScheduleResponse.of(loaded);
        return RestResponse.ResponseBuilder.ok(response).header("ETag", RequestHeaders.etag(response.version()))
                .build();
    }

    private static void checkLimit(int limit) {
        PageLimits.check(limit, MAX_LIMIT);
    }

    private static ScheduleRequest orEmpty(ScheduleRequest request) {
        return request == null ? ScheduleRequest.empty() : request;
    }
}
