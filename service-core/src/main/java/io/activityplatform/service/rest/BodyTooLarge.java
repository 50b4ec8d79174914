package io.activityplatform.service.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem body. Quarkus's own
 * checks answer 413 with an empty body; this route runs first, so the client learns the limit the same way as
 * every other error. A declared {@code Content-Length} is judged at once; a body sent without one (chunked) is
 * read by Vert.x's body handler with the same limit, which fails the request with 413 as soon as it grows past
 * it (turned into the problem by {@link #refuse}); the endpoint then reads the body already read. An unsized
 * HTTP/2 body (h2c) past the limit still gets Quarkus's bare 413.
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
        BodyHandler unsized = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(rc -> {
            // HTTP/1.1 chunked only: on HTTP/2 a body read ahead cannot be handed to the endpoint (Vert.x refuses to
            // pause an ended HTTP/2 request), so there Quarkus's own bare 413 stays the answer.
            if (rc.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                    && rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                unsized.handle(rc);
            } else {
                check(rc);
            }
        }).failureHandler(this::refuse);
    }

    /** The body handler's failure for an unsized body that outgrew the limit. */
    void refuse(RoutingContext rc) {
        if (rc.statusCode() != 413 || rc.response().headWritten()) {
            rc.next();
            return;
        }
        answer(rc, "the body is larger than " + maxBytes + " bytes, the most accepted");
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
        answer(rc, "the body has " + length + " bytes; at most " + maxBytes + " are accepted");
    }

    private void answer(RoutingContext rc, String detail) {
        Problem problem = Problem.of(413, "Content too large", detail);
        try {
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            rc.response().setStatusCode(413).end();
        }
    }
}
