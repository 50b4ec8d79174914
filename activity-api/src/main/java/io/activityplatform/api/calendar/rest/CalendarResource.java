package io.activityplatform.api.calendar.rest;

import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.api.calendar.model.Calendar;
import io.activityplatform.api.calendar.service.CalendarService;
import io.activityplatform.api.rest.RequestHeaders;
import io.activityplatform.service.rest.Page;
import io.activityplatform.service.rest.PageLimits;
import io.activityplatform.service.rest.PageLinks;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.security.AccountChoice;
import io.activityplatform.service.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Holiday calendars that recurring schedules skip. */
@Path("/calendars")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendars", description = "Holiday calendars: dates on which recurring schedules do not fire")
@RolesAllowed(Roles.VIEWER)
public class CalendarResource {

    static final int MAX_LIMIT = 500;

    static final String ACCOUNT = "accountId";
    static final String ACCOUNT_PARAM = "The calendar's account, among those the token names; needed only when the "
            + "token names several";

    private final CalendarService calendars;
    private final Caller caller;

    public CalendarResource(CalendarService calendars, Caller caller) {
        this.calendars = calendars;
        this.caller = caller;
    }

    /** The account a name-addressed request works in (names are unique per account). */
    private String account(String requested) {
        return AccountChoice.choose(requested, caller.accounts(), ACCOUNT);
    }

    @POST
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a calendar")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = Calendar.class)))
    @APIResponse(responseCode = "400", description = "Invalid name, description or date (field named in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A calendar with this name exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(CalendarRequest request) {
        CalendarRequest body = request == null ? new CalendarRequest(null, null, null) : request;
        return calendars.create(account(body.accountId()), body)
                .map(c -> Response.created(URI.create("/calendars/" + c.name())).entity(c)
                        .header("ETag", RequestHeaders.etag(c.version())).build());
    }

    @GET
    @Operation(summary = "List calendars by name, one page at a time",
            description = "Pass nextCursor as cursor for the next page; the Link header (rel=next) carries the "
                    + "whole next URL.")
    @APIResponse(responseCode = "200", description = "A page; nextCursor is the cursor of the following one",
            content = @Content(schema = @Schema(implementation = CalendarPage.class)))
    @APIResponse(responseCode = "400", description = "A bad limit (1.." + MAX_LIMIT + ") or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<Page<Calendar>>> list(
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1.." + MAX_LIMIT) @QueryParam("limit") @DefaultValue("100")
            int limit, @Context UriInfo uri) {
        PageLimits.check(limit, MAX_LIMIT);
        List<String> after = PageLinks.decode(cursor, 2, parts -> parts);
        return calendars.page(after, limit + 1, caller.accounts())
                .map(page -> PageLinks.ok(Page.of(page, limit, c -> PageLinks.encode(c.name(), c.accountId())), uri));
    }

    /** The OpenAPI shape of a page of calendars. */
    @Schema(name = "CalendarPage")
    public record CalendarPage(List<Calendar> items, String nextCursor) {
    }

    @GET
    @Path("/{name}")
    @Operation(summary = "One calendar")
    @APIResponse(responseCode = "200", description = "The calendar; ETag is its version, for If-Match on PUT",
            content = @Content(schema = @Schema(implementation = Calendar.class)))
    @APIResponse(responseCode = "404", description = "No such calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<Calendar>> get(@Parameter(description = "Calendar name", example = "US_HOLIDAYS")
            @PathParam("name") String name,
            @Parameter(description = ACCOUNT_PARAM) @QueryParam(ACCOUNT) String accountId) {
        return calendars.get(account(accountId), name).map(CalendarResource::tagged);
    }

    @PUT
    @RolesAllowed(Roles.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{name}")
    @Operation(summary = "Replace a calendar's description and dates",
            description = "Schedules using the calendar see the new dates at their next evaluation. With If-Match "
                    + "(the ETag read) a calendar changed since is a 412; without, the last writer wins.")
    @APIResponse(responseCode = "200", description = "The replaced calendar; ETag is its new version",
            content = @Content(schema = @Schema(implementation = Calendar.class)))
    @APIResponse(responseCode = "400", description = "Invalid description or date, a body name that differs "
            + "from the path, or a bad If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version ('version' in the body)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<Calendar>> replace(@PathParam("name") String name, CalendarRequest request,
            @Parameter(description = "The ETag (version) the change is meant for; stale → 412")
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(description = ACCOUNT_PARAM) @QueryParam(ACCOUNT) String accountId) {
        Integer expected = RequestHeaders.ifMatch(ifMatch);
        return calendars.replace(account(accountId), name, request == null ? new CalendarRequest(null, null, null) : request, expected)
                .map(CalendarResource::tagged);
    }

    /** The calendar with its version as the ETag (the same format as an activity's). */
    private static RestResponse<Calendar> tagged(Calendar calendar) {
        return RestResponse.ResponseBuilder.ok(calendar).header("ETag", RequestHeaders.etag(calendar.version()))
                .build();
    }

    @DELETE
    @RolesAllowed(Roles.OPERATOR)
    @Path("/{name}")
    @Operation(summary = "Delete a calendar that no schedule uses")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such calendar",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Schedules use it; their ids are in 'schedules'",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Void> delete(@PathParam("name") String name,
            @Parameter(description = ACCOUNT_PARAM) @QueryParam(ACCOUNT) String accountId) {
        return calendars.delete(account(accountId), name);
    }
}
