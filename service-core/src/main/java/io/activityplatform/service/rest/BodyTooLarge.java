package io.activityplatform.service.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body declared larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem body.
 * Quarkus's own check (the route just after this one) answers 413 with an empty body; this one runs first,
 * so the client learns the limit the same way as every other error.
 */
@ApplicationScoped
public class BodyTooLarge {

    private final long maxBytes;
    private final ObjectMapper json;

    public BodyTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") String max,
            ObjectMapper json) {
        MemorySize size = new MemorySizeConverter().convert(max);
        this.maxBytes = size.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    void check(RoutingContext rc) {
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= maxBytes) {
            rc.next();
            return;
        }
        Problem problem = Problem.of(413, "Content too large",
                "the body has " + length + " bytes; at most " + maxBytes + " are accepted");
        try {
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            rc.response().setStatusCode(413).end();
        }
    }
}
