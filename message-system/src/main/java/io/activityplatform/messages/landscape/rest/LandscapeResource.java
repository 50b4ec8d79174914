package io.activityplatform.messages.landscape.rest;

import io.activityplatform.messages.landscape.bpickle.BpickleWriter;
import io.activityplatform.messages.landscape.mapping.RequestParser;
import io.activityplatform.messages.landscape.service.LandscapePing;
import io.activityplatform.messages.landscape.service.LandscapeProtocol;
import io.activityplatform.messages.registration.RegistrationLimiter;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The stock Landscape Client's endpoints, at the paths it is configured with ({@code url} ending in
 * {@code /message-system}, {@code ping_url} ending in {@code /ping}). Role: agent protocol. No operator
 * authentication applies: the client proves itself with its secure id and exchange token (registration with
 * the account's registration key), exactly like our JSON agent; the ping reveals one boolean.
 */
@Path("/")
@PermitAll
@Tag(name = "Landscape Client protocol", description = "bpickle exchange and ping for the stock landscape-client")
public class LandscapeResource {

    static final String BPICKLE = MediaType.APPLICATION_OCTET_STREAM;

    private final LandscapeProtocol protocol;
    private final LandscapePing ping;

    public LandscapeResource(LandscapeProtocol protocol, LandscapePing ping) {
        this.protocol = protocol;
        this.ping = ping;
    }

    @POST
    @Path("/message-system")
    @Consumes(MediaType.WILDCARD)
    @Produces({BPICKLE, "application/problem+json"})
    @Operation(summary = "Landscape exchange: bpickle request and answer (register, results, reports, operations)")
    public Uni<Response> exchange(byte[] body, @HeaderParam("X-Computer-ID") String secureId,
            @HeaderParam("X-Exchange-Token") String token, @Context HttpServerRequest http) {
        String address = RegistrationLimiter.addressOf(http);
        return Uni.createFrom().item(() -> RequestParser.parse(body))
                .flatMap(request -> protocol.exchange(secureId, token, request, address))
                .map(LandscapeResource::bpickle);
    }

    @POST
    @Path("/ping")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({BPICKLE, "application/problem+json"})
    @Operation(summary = "Landscape ping by insecure id: are messages waiting? (bpickle {messages: bool})")
    public Uni<Response> ping(@FormParam("insecure_id") String insecureId) {
        if (insecureId == null || !insecureId.matches("[0-9]{1,18}")) {
            throw ProblemException.invalid("insecure_id", "required: the computer's insecure id (an integer)");
        }
        return ping.messagesWaiting(Long.parseLong(insecureId))
                .map(waiting -> bpickle(Map.of("messages", waiting)));
    }

    private static Response bpickle(Object value) {
        return Response.ok(BpickleWriter.write(value), BPICKLE).build();
    }
}
