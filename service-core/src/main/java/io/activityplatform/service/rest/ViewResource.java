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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "Folded states in id order; pass the last id as 'after' for the next page")
    public Uni<List<ActivityState>> page(@QueryParam("after") UUID after,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        return store.page(after, Math.max(1, Math.min(limit, 5000)), caller.accounts());
    }
}
