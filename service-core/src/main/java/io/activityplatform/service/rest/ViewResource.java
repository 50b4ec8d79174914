package io.activityplatform.service.rest;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.security.Caller;
import io.activityplatform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * This service's folded state of any activity, exactly as its projection holds it. Every service exposes
 * the same endpoint, so the convergence check compares the services field by field. Admins too see only the
 * activities of the accounts their token names (tenancy).
 */
@Path("/admin/view/activities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projection")
@RolesAllowed(Roles.ADMIN)
public class ViewResource {

    private final ActivityViewStore store;
    private final Caller caller;

    public ViewResource(ActivityViewStore store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The folded state of one activity in this service's view")
    public Uni<ActivityState> one(@PathParam("id") UUID id) {
        return store.find(id, caller.accounts()).map(found -> found.orElseThrow(
                () -> ProblemException.notFound("activity " + id + " is not in this service's view")));
    }

    @GET
    @Operation(summary = "Folded states in id order, one page at a time",
            description = "Pass nextCursor as cursor for the next page; the Link header (rel=next) carries the "
                    + "whole next URL.")
    public Uni<RestResponse<Page<ActivityState>>> page(
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1.." + PageLimits.CEILING) @QueryParam("limit")
            @DefaultValue("500") int limit, @Context UriInfo uri) {
        UUID after = PageLinks.decode(cursor, 1, parts -> UUID.fromString(parts.get(0)));
        return store.page(after, limit + 1, caller.accounts()).map(states -> PageLinks.ok(
                Page.of(states, limit, state -> PageLinks.encode(state.id().toString())), uri));
    }
}
