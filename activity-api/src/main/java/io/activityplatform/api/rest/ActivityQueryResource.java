package io.activityplatform.api.rest;

import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.api.mapping.ActivityMapper;
import io.activityplatform.api.rest.dto.ActivityPage;
import io.activityplatform.api.rest.dto.ActivityRepresentation;
import io.activityplatform.api.rest.dto.HistoryEntry;
import io.activityplatform.api.rest.dto.StatusSummary;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.api.service.ActivityReader;
import io.activityplatform.service.rest.Page;
import io.activityplatform.service.rest.PageLimits;
import io.activityplatform.service.rest.PageLinks;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Reading activities from this service's own view. */
@Path("/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
@RolesAllowed(Roles.VIEWER)
public class ActivityQueryResource {

    static final int HISTORY_MAX_LIMIT = 1000;

    private final ActivityReader reader;
    private final Caller caller;

    public ActivityQueryResource(ActivityReader reader, Caller caller) {
        this.reader = reader;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List activities, filtered, by creation time, with cursor pagination",
            description = "Keyset pagination on (createdAt, id): activities created while paging never cause "
                    + "an item to be repeated or skipped. Pass nextCursor as cursor, with the same filters and "
                    + "order, for the next page; the Link header (rel=next) carries it too.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ActivityPage.class)))
    @APIResponse(responseCode = "400", description = "A bad filter, order, limit or cursor, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<RestResponse<ActivityPage>> list(@BeanParam FilterQuery filter,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "desc (newest first, default) or asc") @QueryParam("order") String order,
            @Parameter(description = "Page size, 1 to activity-api.max-page-size (default 50)")
            @QueryParam("limit") String limit, @Context UriInfo uri) {
        return reader.page(filter.toParams(), cursor, order, limit, caller.accounts()).map(page -> {
            var response = RestResponse.ResponseBuilder.ok(page);
            if (page.nextCursor() != null) {
                response.header("Link", "<" + PageLinks.next(uri, page.nextCursor()) + ">; rel=\"next\"");
            }
            return response.build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One activity, with result, error, artifacts and an output summary",
            description = "ETag is the status version: send it as If-Match to make a command conditional, or as "
                    + "If-None-Match to get 304 while nothing changed.")
    @APIResponse(responseCode = "200", description = "The activity",
            content = @Content(schema = @Schema(implementation = ActivityRepresentation.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match matches the current status version")
    @APIResponse(responseCode = "404", description = "No such activity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<RestResponse<ActivityRepresentation>> get(@PathParam("id") UUID id,
            @Parameter(description = "An ETag seen before") @HeaderParam("If-None-Match") String ifNoneMatch) {
        return reader.get(id, caller.accounts()).map(state -> {
            String etag = RequestHeaders.etag(state.statusVersion());
            if (etag.equals(ifNoneMatch == null ? null : ifNoneMatch.trim())) {
                return RestResponse.ResponseBuilder.<ActivityRepresentation>notModified().header("ETag", etag)
                        .build();
            }
            return RestResponse.ResponseBuilder.ok(ActivityMapper.toRepresentation(state)).header("ETag", etag)
                    .build();
        });
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "Counts per status of the activities of one multi-computer request")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = StatusSummary.class)))
    @APIResponse(responseCode = "404", description = "No activity has this parent id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<StatusSummary> summary(
            @Parameter(description = "The parentId of a multi-computer request") @PathParam("id") UUID parentId) {
        return reader.summary(parentId, caller.accounts());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every event of the activity in log order, applied or rejected: the audit trail",
            description = "Who did what and when (actor, source service, time), what the fold decided "
                    + "(applied, or the rejection and why) and where the event sits in the log. One page at a "
                    + "time: pass nextCursor as cursor; the Link header (rel=next) carries the whole next URL.")
    @APIResponse(responseCode = "200", description = "A page of events; nextCursor is the cursor of the next one",
            content = @Content(schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "400", description = "A bad limit (1.." + HISTORY_MAX_LIMIT + ") or cursor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @APIResponse(responseCode = "404", description = "No such activity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<RestResponse<Page<HistoryEntry>>> history(@PathParam("id") UUID id,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1.." + HISTORY_MAX_LIMIT) @QueryParam("limit")
            @DefaultValue("500") int limit, @Context UriInfo uri) {
        PageLimits.check(limit, HISTORY_MAX_LIMIT);
        return reader.history(id, caller.accounts(), cursor, limit).map(page -> PageLinks.ok(page, uri));
    }

    /** The OpenAPI shape of a page of history. */
    @Schema(name = "HistoryPage")
    public record HistoryPage(List<HistoryEntry> items, String nextCursor) {
    }
}
