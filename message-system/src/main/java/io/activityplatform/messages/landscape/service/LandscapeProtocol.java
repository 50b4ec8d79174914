package io.activityplatform.messages.landscape.service;

import io.activityplatform.messages.landscape.mapping.Answers;
import io.activityplatform.messages.landscape.mapping.LandscapeRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Which of the three situations an exchange is: a registration (a {@code register} message, from
 * landscape-config or the daemon), a client without an id (told to register), or a registered one.
 */
@ApplicationScoped
public class LandscapeProtocol {

    private final LandscapeRegistration registration;
    private final LandscapeExchange exchange;

    public LandscapeProtocol(LandscapeRegistration registration, LandscapeExchange exchange) {
        this.registration = registration;
        this.exchange = exchange;
    }

    /** @param sourceAddress the peer, for the registration rate limit */
    public Uni<Map<String, Object>> exchange(String secureId, String token, LandscapeRequest request,
            String sourceAddress) {
        Map<Object, Object> register = request.first("register");
        if (register != null) {
            return registration.register(request, register, sourceAddress);
        }
        if (secureId == null || secureId.isBlank()) {
            return Uni.createFrom().item(Answers.unregistered(request, null));
        }
        return exchange.exchange(secureId, token, request);
    }
}
