package io.activityplatform.messages.rest;

import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.exchange.ExchangeService;
import io.activityplatform.messages.exchange.PingService;
import io.activityplatform.messages.mapping.ExchangeMapping;
import io.activityplatform.messages.registration.Registration;
import io.activityplatform.messages.registration.RegistrationLimiter;
import io.activityplatform.messages.registration.RegistrationService;
import io.activityplatform.messages.rest.dto.ExchangeRequestDto;
import io.activityplatform.messages.rest.dto.ExchangeResponseDto;
import io.activityplatform.messages.rest.dto.PingResponse;
import io.activityplatform.messages.rest.dto.RegisterRequest;
import io.activityplatform.messages.rest.dto.RegisterResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The JSON agent protocol: a thin encoding over the registration and exchange services. Open to any caller at
 * the HTTP layer: agents prove themselves with their account's registration key, then their own secret.
 */
@PermitAll
@Path("/agent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agent protocol", description = "Registration, exchange and ping for agents on computers")
public class AgentResource {

    private final RegistrationService registration;
    private final ExchangeService exchange;
    private final PingService ping;
    private final MessagesConfig config;

    public AgentResource(RegistrationService registration, ExchangeService exchange, PingService ping,
            MessagesConfig config) {
        this.registration = registration;
        this.exchange = exchange;
        this.ping = ping;
        this.config = config;
    }

    @POST
    @Path("/register")
    @Operation(summary = "Register a computer with an account's registration key; returns its secret id once")
    public Uni<Response> register(@Valid @NotNull RegisterRequest request, @Context HttpServerRequest http) {
        return registration.register(new Registration(request.accountId(), request.registrationKey(),
                        request.title(), request.hostname(), request.tags()), RegistrationLimiter.addressOf(http))
                .map(granted -> Response.status(Response.Status.CREATED).entity(new RegisterResponse(
                        granted.computerId(), granted.secretId(), granted.exchangeToken(), granted.pending(),
                        config.exchange().interval().toSeconds(), config.exchange().pingInterval().toSeconds()))
                        .build());
    }

    @POST
    @Path("/exchange")
    @Operation(summary = "Acknowledge, report progress and results, receive execute and cancel messages")
    public Uni<ExchangeResponseDto> exchange(@Valid @NotNull ExchangeRequestDto request) {
        return exchange.exchange(ExchangeMapping.toCore(request)).map(ExchangeMapping::toDto);
    }

    @GET
    @Path("/ping/{computerId}")
    @Operation(summary = "Cheap, unauthenticated: are messages waiting for this public computer id?")
    public Uni<PingResponse> ping(@PathParam("computerId") String computerId) {
        return ping.messagesWaiting(computerId).map(PingResponse::new);
    }
}
