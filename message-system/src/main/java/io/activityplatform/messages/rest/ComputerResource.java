package io.activityplatform.messages.rest;

import io.activityplatform.messages.mapping.AdminMapping;
import io.activityplatform.messages.registration.ComputerService;
import io.activityplatform.messages.rest.dto.ComputerView;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
public class ComputerResource {

    private final ComputerService computers;

    public ComputerResource(ComputerService computers) {
        this.computers = computers;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A registered computer and its last exchange")
    public Uni<ComputerView> one(@PathParam("id") String id) {
        return computers.describe(id).map(AdminMapping::toView);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept a pending computer: it gets activities from its next exchange on")
    public Uni<ComputerView> accept(@PathParam("id") String id,
            @HeaderParam("X-User") @DefaultValue("operator") String user) {
        return computers.accept(id, user).map(AdminMapping::toView);
    }
}
