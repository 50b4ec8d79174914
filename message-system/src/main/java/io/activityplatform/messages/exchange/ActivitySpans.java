package io.activityplatform.messages.exchange;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.logging.ActivityLogContext;
import io.activityplatform.service.tracing.EventTracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.impl.ContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Work of an agent exchange on one activity (handing it to the agent, recording what the agent reports) as a
 * span in the activity's trace, not the exchange request's: service-core's {@link EventTracing} parents it to
 * the activity's latest received record and links the request. The span and the MDC (activityId, eventId) are
 * current while the work is assembled, which is when a publish takes its parent, so the records it publishes
 * are the span's children; the span ends when the work does.
 */
@ApplicationScoped
public class ActivitySpans {

    private final EventTracing tracing;

    public ActivitySpans(EventTracing tracing) {
        this.tracing = tracing;
    }

    /** Runs {@code work} under a span named {@code name} in the trace of {@code state}'s activity. */
    public <T> Uni<T> within(String name, ActivityState state, UUID eventId, Supplier<Uni<T>> work) {
        io.vertx.core.Context vertx = Vertx.currentContext();
        if (vertx == null || VertxContext.isDuplicatedContext(vertx)) {
            return assemble(name, state, eventId, work);
        }
        // On a root Vert.x context (e.g. a database pool's callback) Quarkus keeps the OpenTelemetry context
        // on a fresh duplicated context per lookup, so a span made current there is lost before the publish
        // reads it: assemble on one duplicated context instead (synchronously, on this thread).
        List<Uni<T>> assembled = new ArrayList<>(1);
        ((ContextInternal) VertxContext.createNewDuplicatedContext(vertx)).dispatch(() -> {
            try {
                assembled.add(assemble(name, state, eventId, work));
            } catch (RuntimeException e) {
                assembled.add(Uni.createFrom().failure(e));
            }
        });
        return assembled.get(0);
    }

    private <T> Uni<T> assemble(String name, ActivityState state, UUID eventId, Supplier<Uni<T>> work) {
        Span span = tracing.startActivitySpan(name, state.id()).setAttribute("activity.type", state.type());
        Uni<T> assembled;
        try (Scope scope = span.makeCurrent(); ActivityLogContext log = ActivityLogContext.of(state.id(), eventId)) {
            assembled = work.get();
        } catch (RuntimeException e) {
            failed(span, e);
            throw e;
        }
        return assembled.onTermination().invoke((item, failure, cancelled) -> {
            if (failure != null) {
                failed(span, failure);
            } else {
                span.end();
            }
        });
    }

    private static void failed(Span span, Throwable failure) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR);
        span.end();
    }
}
