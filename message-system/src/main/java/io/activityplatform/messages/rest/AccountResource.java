package io.activityplatform.messages.rest;

import io.activityplatform.messages.mapping.AdminMapping;
import io.activityplatform.messages.registration.AccountService;
import io.activityplatform.messages.repository.AccountRepository;
import io.activityplatform.messages.rest.dto.AccountRequest;
import io.activityplatform.messages.rest.dto.AccountView;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts agents register into, and their registration keys (write-only). */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@RolesAllowed(Roles.ADMIN)
public class AccountResource {

    /** RFC 7396. */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final AccountService service;
    private final AccountRepository accounts;

    public AccountResource(AccountService service, AccountRepository accounts) {
        this.service = service;
        this.accounts = accounts;
    }

    @GET
    @Operation(summary = "All accounts")
    public Uni<List<AccountView>> list() {
        return accounts.list().map(all -> all.stream().map(AdminMapping::toView).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account")
    public Uni<AccountView> one(@PathParam("id") String id) {
        return accounts.find(id).map(found -> AdminMapping.toView(
                found.orElseThrow(() -> ProblemException.notFound("account " + id))));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Create an account (registrationKey required) or replace it (every field but the "
            + "write-only key required: a partial body is refused, never a silent reset)")
    public Uni<Response> save(
            @PathParam("id") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "lower-case letters, digits, -")
            String id, @Valid @NotNull AccountRequest request) {
        return service.replace(id, request.changes()).map(saved -> Response.status(saved.created() ? 201 : 200)
                .entity(AdminMapping.toView(saved.account())).build());
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON}) // a merge patch is plain JSON; both types are taken
    @Operation(summary = "Change only the fields given (JSON Merge Patch), e.g. rotate the key alone")
    public Uni<AccountView> patch(@PathParam("id") String id, @Valid @NotNull AccountRequest request) {
        return service.patch(id, request.changes()).map(saved -> AdminMapping.toView(saved.account()));
    }
}
