package io.activityplatform.messages.rest;

import io.activityplatform.messages.mapping.AdminMapping;
import io.activityplatform.messages.registration.AccountService;
import io.activityplatform.messages.repository.AccountRepository;
import io.activityplatform.messages.rest.dto.AccountRequest;
import io.activityplatform.messages.rest.dto.AccountView;
import io.activityplatform.service.rest.Page;
import io.activityplatform.service.rest.PageLimits;
import io.activityplatform.service.rest.PageLinks;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.Caller;
import io.activityplatform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Accounts agents register into, and their registration keys (write-only). */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@RolesAllowed(Roles.ADMIN)
public class AccountResource {

    /** RFC 7396. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    static final int MAX_LIMIT = 500;

    private final AccountService service;
    private final AccountRepository accounts;
    private final Caller caller;

    public AccountResource(AccountService service, AccountRepository accounts, Caller caller) {
        this.service = service;
        this.accounts = accounts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's accounts (those its token names) by id, a page at a time",
            description = "Pass nextCursor as cursor for the next page; the Link header (rel=next) carries the "
                    + "whole next URL.")
    public Uni<RestResponse<Page<AccountView>>> list(
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Page size, 1.." + MAX_LIMIT) @QueryParam("limit") @DefaultValue("100")
            int limit, @Context UriInfo uri) {
        PageLimits.check(limit, MAX_LIMIT);
        String after = PageLinks.decode(cursor, 1, parts -> parts.get(0));
        return accounts.page(caller.accounts(), after, limit + 1).map(found -> PageLinks.ok(
                Page.of(found, limit, a -> PageLinks.encode(a.id())).map(AdminMapping::toView), uri));
    }

    /** The OpenAPI shape of a page of accounts. */
    @Schema(name = "AccountPage")
    public record AccountPage(List<AccountView> items, String nextCursor) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account (404 for an account the caller's token does not name)")
    public Uni<AccountView> one(@PathParam("id") String id) {
        return accounts.find(mine(id)).map(found -> AdminMapping.toView(
                found.orElseThrow(() -> ProblemException.notFound("account " + id))));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Create an account (registrationKey required) or replace it (every field but the "
            + "write-only key required: a partial body is refused, never a silent reset)")
    public Uni<Response> save(
            @PathParam("id") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "lower-case letters, digits, -")
            String id, @Valid @NotNull AccountRequest request) {
        if (!caller.accounts().contains(id)) {
            // Creating or replacing: refused alike whether the account exists, so nothing is learned about it.
            throw new ProblemException(Problem.of(403, "Forbidden",
                    "the token does not name account '" + id + "'; an admin manages only the accounts it names"));
        }
        return service.replace(id, request.changes()).map(saved -> Response.status(saved.created() ? 201 : 200)
                .entity(AdminMapping.toView(saved.account())).build());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON}) // a merge patch is plain JSON; both types are taken
    @Operation(summary = "Change only the fields given (JSON Merge Patch), e.g. rotate the key alone")
    public Uni<AccountView> patch(@PathParam("id") String id, @Valid @NotNull AccountRequest request) {
        return service.patch(mine(id), request.changes()).map(saved -> AdminMapping.toView(saved.account()));
    }

    /** The id, if the caller's token names it; otherwise 404, as if the account did not exist. */
    private String mine(String id) {
        if (!caller.accounts().contains(id)) {
            throw ProblemException.notFound("account " + id);
        }
        return id;
    }
}
