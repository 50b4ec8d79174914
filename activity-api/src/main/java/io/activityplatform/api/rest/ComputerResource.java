package io.activityplatform.api.rest;

import io.activityplatform.service.security.Caller;
import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.service.projection.ComputerViewStore;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.AccountChoice;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The computers this service knows, folded from {@code computer-events}. */
@Path("/computers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Computers", description = "Computers projected from computer-events")
@RolesAllowed(Roles.VIEWER)
public class ComputerResource {

    private final ComputerViewStore computers;

    private final Caller caller;

    public ComputerResource(ComputerViewStore computers, Caller caller) {
        this.computers = computers;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "All computers, by registration time, optionally of one status")
    @APIResponse(responseCode = "200", description = "The computers", content = @Content(
            schema = @Schema(implementation = ComputerState.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "An unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<List<ComputerState>> list(
            @Parameter(description = "PENDING, ACCEPTED or REMOVED") @QueryParam("status") String status) {
        ComputerState.Status wanted = status(status);
        Set<String> accounts = caller.accounts();
        return computers.list().map(all -> all.stream().filter(c -> AccountChoice.visible(accounts, c.accountId()))
                .filter(c -> wanted == null || c.status() == wanted).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One computer")
    @APIResponse(responseCode = "200", description = "The computer",
            content = @Content(schema = @Schema(implementation = ComputerState.class)))
    @APIResponse(responseCode = "404", description = "Unknown computer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<ComputerState> get(@PathParam("id") String id) {
        Set<String> accounts = caller.accounts();
        return computers.find(id).map(found -> found.filter(c -> AccountChoice.visible(accounts, c.accountId())).orElseThrow(
                () -> ProblemException.notFound("no computer '" + id + "'")));
    }

    private static ComputerState.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ComputerState.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be PENDING, ACCEPTED or REMOVED");
        }
    }
}
