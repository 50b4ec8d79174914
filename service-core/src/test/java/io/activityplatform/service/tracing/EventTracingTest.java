package io.activityplatform.service.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.events.codec.Topics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.smallrye.mutiny.Uni;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

/** How a record's span is parented and its context carried, with the real OpenTelemetry SDK in memory. */
class EventTracingTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build()).build();
    private final ActivityTraces traces = new ActivityTraces(100);
    private final EventTracing tracing = new EventTracing(sdk, traces, true);
    private final Tracer test = sdk.getTracer("test");
    private final UUID activity = UUID.randomUUID();

    @Test
    void aPublishInsideARequestIsItsChildAndWritesTheTraceparentHeader() {
        Span request = test.spanBuilder("POST /activities").startSpan();
        Map<String, byte[]> sent;
        try (Scope s = request.makeCurrent()) {
            sent = publish();
        } finally {
            request.end();
        }
        SpanData producer = only("activity-events publish");
        assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(producer.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());
        assertThat(header(sent, CloudEventHeaders.TRACE_PARENT))
                .isEqualTo("00-" + producer.getTraceId() + "-" + producer.getSpanId() + "-01");
    }

    @Test
    void aReceivedRecordLeavesAConsumerSpanAndBecomesTheActivitysContext() {
        Map<String, byte[]> sent = publish();
        tracing.received(records(sent));

        SpanData producer = only("activity-events publish");
        SpanData consumer = only("activity-events process");
        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getParentSpanId()).isEqualTo(producer.getSpanId());
        assertThat(traces.latest(activity).getSpanId()).isEqualTo(consumer.getSpanId());
    }

    @Test
    void workOutsideAnyRequestContinuesTheActivitysTrace() {
        tracing.received(records(publish()));
        exported.reset();

        publish();

        SpanData claim = only("activity-events publish");
        assertThat(claim.getParentSpanId()).isEqualTo(traces.latest(activity).getSpanId());
        assertThat(claim.getTraceId()).isEqualTo(traces.latest(activity).getTraceId());
    }

    @Test
    void aPublishInsideAnotherTraceJoinsTheActivityAndLinksTheOtherOne() {
        tracing.received(records(publish()));
        exported.reset();
        Span exchange = test.spanBuilder("POST /agent/exchange").setNoParent().startSpan();
        try (Scope s = exchange.makeCurrent()) {
            publish();
        } finally {
            exchange.end();
        }
        SpanData result = only("activity-events publish");
        assertThat(result.getTraceId()).isEqualTo(traces.latest(activity).getTraceId());
        assertThat(result.getLinks()).extracting(l -> l.getSpanContext().getSpanId())
                .containsExactly(exchange.getSpanContext().getSpanId());
    }

    @Test
    void aHandlerSpanInTheActivitysTraceParentsWhatItPublishesEvenWhenSubscribedElsewhere() throws Exception {
        tracing.received(records(publish()));
        Span handler = tracing.startActivitySpan("handler ArchiveRequest", activity);
        Uni<Map<String, byte[]>> pending;
        try (Scope s = handler.makeCurrent()) {
            pending = tracing.publish(Topics.ACTIVITY_EVENTS, activity.toString(), Map.of(), Uni.createFrom()::item);
        } finally {
            handler.end();
        }
        AtomicReference<Map<String, byte[]>> sent = new AtomicReference<>();
        Thread elsewhere = new Thread(() -> sent.set(pending.await().indefinitely()));
        elsewhere.start();
        elsewhere.join();

        String producerId = header(sent.get(), CloudEventHeaders.TRACE_PARENT).split("-")[2];
        assertThat(exported.getFinishedSpanItems()).filteredOn(s -> s.getSpanId().equals(producerId))
                .singleElement().satisfies(producer -> assertThat(producer.getParentSpanId())
                        .isEqualTo(handler.getSpanContext().getSpanId()));
    }

    @Test
    void recordsWithoutTraceparentAndComputerRecordsAreLeftAlone() {
        tracing.received(new ConsumerRecords<>(Map.of(new TopicPartition(Topics.ACTIVITY_EVENTS, 0),
                List.of(new ConsumerRecord<>(Topics.ACTIVITY_EVENTS, 0, 1L, activity.toString(), new byte[0])))));
        assertThat(exported.getFinishedSpanItems()).isEmpty();
        assertThat(traces.latest(activity)).isNull();
    }

    @Test
    void theRememberedActivitiesAreBounded() {
        ActivityTraces small = new ActivityTraces(2);
        Span span = test.spanBuilder("x").startSpan();
        UUID first = UUID.randomUUID();
        small.remember(first, span.getSpanContext());
        small.remember(UUID.randomUUID(), span.getSpanContext());
        small.remember(UUID.randomUUID(), span.getSpanContext());
        assertThat(small.size()).isEqualTo(2);
        assertThat(small.latest(first)).isNull();
    }

    @Test
    void switchedOffItMakesNoSpanWritesNoHeaderAndRemembersNothingEvenWithARecordingSdk() {
        EventTracing off = new EventTracing(sdk, traces, false);
        Map<String, byte[]> headers = Map.of(CloudEventHeaders.ID, "e-1".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Map<String, byte[]> sent = off.publish(Topics.ACTIVITY_EVENTS, activity.toString(), headers,
                Uni.createFrom()::item).await().indefinitely();
        off.received(records(publish()));
        Span work = off.startActivitySpan("handler", activity);
        work.end();

        assertThat(sent).isSameAs(headers);
        assertThat(traces.latest(activity)).isNull();
        assertThat(work.getSpanContext().isValid()).isFalse();
        assertThat(exported.getFinishedSpanItems()).extracting(SpanData::getName)
                .containsExactly("activity-events publish"); // the one the test itself made with tracing on
    }

    @Test
    void theSwitchIsOnOnlyWithTheSdkEnabledAndTracesNotSwitchedOff() {
        assertThat(new TracingSwitch(false, true).on()).isTrue();
        assertThat(new TracingSwitch(true, true).on()).isFalse();
        assertThat(new TracingSwitch(false, false).on()).isFalse();
        assertThat(new TracingSwitch(true, false).on()).isFalse();
    }

    private Map<String, byte[]> publish() {
        return tracing.publish(Topics.ACTIVITY_EVENTS, activity.toString(), Map.of(), Uni.createFrom()::item)
                .await().indefinitely();
    }

    private ConsumerRecords<String, byte[]> records(Map<String, byte[]> headers) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.ACTIVITY_EVENTS, 0, 7L, activity.toString(),
                new byte[0]);
        headers.forEach((k, v) -> record.headers().add(new RecordHeader(k, v)));
        return new ConsumerRecords<>(Map.of(new TopicPartition(Topics.ACTIVITY_EVENTS, 0), List.of(record)));
    }

    private SpanData only(String name) {
        List<SpanData> named = exported.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(named).hasSize(1);
        return named.get(0);
    }

    private static String header(Map<String, byte[]> headers, String name) {
        return new String(headers.get(name), StandardCharsets.UTF_8);
    }
}
