package io.activityplatform.service.tracing;

import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.events.codec.Topics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;

/**
 * Carries one trace per activity across the services through the log: the W3C trace context travels in
 * each record's {@code ce_traceparent} header (CloudEvents distributed-tracing extension). A received record
 * leaves a consumer span and is remembered as its activity's latest context ({@link ActivityTraces}), so a
 * later claim, handler run or reaction about that activity, which runs outside any request, continues the
 * same trace. Work inside another trace (an agent's exchange request) is linked, not adopted.
 *
 * <p>With the SDK disabled (the local default) no span is made and no header is written or read. Checked here,
 * not left to the SDK: with {@code quarkus.otel.sdk.disabled=true} the injected {@link OpenTelemetry} is still an
 * SDK whose spans record and carry valid contexts (only nothing exports them), which cost every publish and
 * every received record a span, a header and its parsing: 6% of activity-api's CPU in the issue 11 profile.
 */
@ApplicationScoped
public class EventTracing {

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final String PREFIX = "ce_";
    private static final TextMapGetter<ConsumerRecord<String, byte[]>> FROM_RECORD = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, byte[]> record) {
            return List.of("traceparent", "tracestate");
        }

        @Override
        public String get(ConsumerRecord<String, byte[]> record, String key) {
            return record == null ? null : header(record, PREFIX + key);
        }
    };

    private final Tracer tracer;
    private final ActivityTraces traces;
    private final boolean enabled;

    @jakarta.inject.Inject
    public EventTracing(OpenTelemetry openTelemetry, ActivityTraces traces, TracingSwitch tracingSwitch) {
        this(openTelemetry, traces, tracingSwitch.on());
    }

    /** Tests: tracing on or off explicitly, e.g. with an in-memory SDK. */
    EventTracing(OpenTelemetry openTelemetry, ActivityTraces traces, boolean enabled) {
        this.enabled = enabled;
        this.tracer = (enabled ? openTelemetry : OpenTelemetry.noop()).getTracer("io.activityplatform.events");
        this.traces = traces;
    }

    /**
     * Sends a record under a producer span: the span's context goes into the headers handed to {@code send}.
     * Its parent is the current span when that belongs to the activity's trace (or the activity has none
     * yet, e.g. the POST that creates it), else the activity's latest context, linking the current span.
     */
    public <T> Uni<T> publish(String topic, String key, Map<String, byte[]> headers,
            Function<Map<String, byte[]>, Uni<T>> send) {
        if (!enabled) {
            return send.apply(headers);
        }
        // The caller's context when it asks to publish, not the one of the thread that subscribes later
        // (callers may run the subscription elsewhere, e.g. on a worker pool).
        Context caller = Context.current();
        return Uni.createFrom().deferred(() -> {
            Span span = activitySpan(topic + " publish", SpanKind.PRODUCER, activityId(topic, key), caller)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.destination.name", topic)
                    .setAttribute("messaging.kafka.message.key", key == null ? "" : key)
                    .startSpan();
            Map<String, byte[]> traced = new LinkedHashMap<>(headers);
            W3C.inject(caller.with(span), traced,
                    (carrier, name, value) -> carrier.put(PREFIX + name, value.getBytes(StandardCharsets.UTF_8)));
            return send.apply(traced).onItemOrFailure().invoke((item, failure) -> {
                if (failure != null) {
                    span.recordException(failure);
                    span.setStatus(StatusCode.ERROR);
                }
                span.end();
            });
        });
    }

    /**
     * Notes every polled activity record that carries a trace context: one consumer span each, remembered
     * as its activity's latest context. Records without the header cost one header lookup.
     */
    public void received(ConsumerRecords<String, byte[]> records) {
        if (!enabled) {
            return;
        }
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!Topics.ACTIVITY_EVENTS.equals(record.topic()) || header(record, CloudEventHeaders.TRACE_PARENT) == null) {
                continue;
            }
            Context parent = W3C.extract(Context.root(), record, FROM_RECORD);
            Span span = tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER)
                    .setParent(parent)
                    .setAttribute("messaging.system", "kafka")
                    .setAttribute("messaging.destination.name", record.topic())
                    .setAttribute("messaging.kafka.message.key", String.valueOf(record.key()))
                    .setAttribute("messaging.kafka.destination.partition", record.partition())
                    .setAttribute("messaging.kafka.message.offset", record.offset())
                    .setAttribute("cloudevents.event_id", String.valueOf(header(record, CloudEventHeaders.ID)))
                    .setAttribute("cloudevents.event_type", String.valueOf(header(record, CloudEventHeaders.TYPE)))
                    .startSpan();
            span.end();
            UUID activityId = activityId(record.topic(), record.key());
            if (activityId != null && span.getSpanContext().isValid()) {
                traces.remember(activityId, span.getSpanContext());
            }
        }
    }

    /**
     * Starts an internal span of work on one activity (a handler run, a delivery), in the activity's trace;
     * make it current so what it publishes becomes its child, and end it.
     */
    public Span startActivitySpan(String name, UUID activityId) {
        return activitySpan(name, SpanKind.INTERNAL, activityId, Context.current())
                .setAttribute("activity.id", activityId.toString()).startSpan();
    }

    private SpanBuilder activitySpan(String name, SpanKind kind, UUID activityId, Context caller) {
        SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(kind);
        SpanContext current = Span.fromContext(caller).getSpanContext();
        SpanContext activity = activityId == null ? null : traces.latest(activityId);
        if (activity == null || (current.isValid() && current.getTraceId().equals(activity.getTraceId()))) {
            return builder.setParent(caller);
        }
        builder.setParent(Context.root().with(Span.wrap(activity)));
        return current.isValid() ? builder.addLink(current) : builder;
    }

    private static UUID activityId(String topic, String key) {
        if (!Topics.ACTIVITY_EVENTS.equals(topic) || key == null) {
            return null;
        }
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
