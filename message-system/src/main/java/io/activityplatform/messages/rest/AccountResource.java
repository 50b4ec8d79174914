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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts agents register into, and their registration keys (write-only). */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@RolesAllowed(Roles.ADMIN)
public class AccountResource {

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
    @Operation(summary = "Create an account (registrationKey required) or change it (key optional)")
    public Uni<Response> save(
            @PathParam("id") @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "lower-case letters, digits, -")
            String id, @Valid @NotNull AccountRequest request) {
        return service.save(id, request.title() == null ? id : request.title(),
                        Optional.ofNullable(request.registrationKey()), Boolean.TRUE.equals(request.manualAcceptance()),
                        Duration.ofSeconds(request.previousKeyGraceSeconds() == null ? 0
                                : request.previousKeyGraceSeconds()))
                .map(saved -> Response.status(saved.created() ? 201 : 200)
                        .entity(AdminMapping.toView(saved.account())).build());
    }
}
