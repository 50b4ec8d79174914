package io.activityplatform.api.rest;

import io.activityplatform.service.security.Caller;
import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.service.projection.ComputerViewStore;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.projection.ComputerViewStore.Position;
import io.activityplatform.service.rest.Page;
import io.activityplatform.service.rest.PageLimits;
import io.activityplatform.service.rest.PageLinks;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.AccountChoice;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The computers this service knows, folded from {@code computer-events}. */
@Path("/computers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Computers", description = "Computers projected from computer-events")
@RolesAllowed(Roles.VIEWER)
public class ComputerResource {

    static final int MAX_LIMIT = 1000;

    private final ComputerViewStore computers;

    private final Caller caller;

    public ComputerResource(ComputerViewStore computers, Caller caller) {
        this.computers = computers;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's computers by registration time, optionally of one status, a page at a time",
            description = "Pass nextCursor as cursor for the next page; the Link header (rel=next) carries the "
                    + "whole next URL.")
    @APIResponse(responseCode = "200", description = "A page; nextCursor is the cursor of the following one",
            content = @Content(schema = @Schema(implementation = ComputerPage.class)))
    @APIResponse(responseCode = "400", description = "An unknown status, a bad limit (1.." + MAX_LIMIT
            + ") or cursor", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<RestResponse<Page<ComputerState>>> list(
            @Parameter(description = "PENDING, ACCEPTED or REMOVED") @QueryParam("status") String status,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1.." + MAX_LIMIT) @QueryParam("limit") @DefaultValue("100")
            int limit, @Context UriInfo uri) {
        PageLimits.check(limit, MAX_LIMIT);
        ComputerState.Status wanted = status(status);
        Position after = PageLinks.decode(cursor, 2,
                parts -> new Position(Instant.parse(parts.get(0)), parts.get(1)));
        return computers.page(caller.accounts(), wanted, after, limit + 1).map(found -> PageLinks.ok(
                Page.of(found, limit, c -> PageLinks.encode(c.registeredAt().toString(), c.id())), uri));
    }

    /** The OpenAPI shape of a page of computers. */
    @Schema(name = "ComputerPage")
    public record ComputerPage(List<ComputerState> items, String nextCursor) {
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
