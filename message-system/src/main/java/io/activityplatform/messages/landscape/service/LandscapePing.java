package io.activityplatform.messages.landscape.service;

import io.activityplatform.messages.exchange.PingService;
import io.activityplatform.messages.landscape.repository.LandscapeRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The client's ping by insecure id, answered by the core's {@link PingService}; unknown ids answer false. */
@ApplicationScoped
public class LandscapePing {

    private final LandscapeRepository landscape;
    private final PingService ping;

    public LandscapePing(LandscapeRepository landscape, PingService ping) {
        this.landscape = landscape;
        this.ping = ping;
    }

    public Uni<Boolean> messagesWaiting(long insecureId) {
        return landscape.findByInsecureId(insecureId).flatMap(found -> found.isEmpty() ? Uni.createFrom().item(false)
                : ping.messagesWaiting(found.get().computerId()));
    }
}
