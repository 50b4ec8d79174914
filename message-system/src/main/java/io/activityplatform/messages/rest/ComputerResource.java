package io.activityplatform.messages.rest;

import io.activityplatform.messages.mapping.AdminMapping;
import io.activityplatform.messages.registration.ComputerService;
import io.activityplatform.messages.rest.dto.ComputerView;
import io.activityplatform.service.security.Caller;
import io.activityplatform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registered computers, and the manual acceptance of pending ones. */
@Path("/computers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Computers")
@RolesAllowed(Roles.VIEWER)
public class ComputerResource {

    private final ComputerService computers;
    private final Caller caller;

    public ComputerResource(ComputerService computers, Caller caller) {
        this.computers = computers;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A registered computer and its last exchange")
    public Uni<ComputerView> one(@PathParam("id") String id) {
        return computers.describe(id, caller.accounts()).map(AdminMapping::toView);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}/accept")
    @Operation(summary = "Accept a pending computer: it gets activities from its next exchange on")
    public Uni<ComputerView> accept(@PathParam("id") String id) {
        return computers.accept(id, caller.accounts(), caller.actor()).map(AdminMapping::toView);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Path("/{id}/reject")
    @Operation(summary = "Reject a pending computer: it is removed and its agent gets no activities")
    public Uni<ComputerView> reject(@PathParam("id") String id) {
        return computers.reject(id, caller.accounts(), caller.actor()).map(AdminMapping::toView);
    }
}
