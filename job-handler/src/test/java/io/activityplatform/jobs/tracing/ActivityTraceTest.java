package io.activityplatform.jobs.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.jobs.support.ActivityLog;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.publishing.EventPublisher;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * One trace follows a server activity through the log: the creating request's span (standing in for
 * activity-api's POST), the created record, the claim, the handler run and the final record, each span the
 * child of the one before, joined only by the {@code ce_traceparent} headers of the records.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ActivityTraceTest {

    @Inject
    InMemorySpanExporter spans;
    @Inject
    OpenTelemetry openTelemetry;
    @Inject
    EventPublisher publisher;
    @Inject
    Activities activities;
    @Inject
    ActivityLog log;
    @Inject
    Clock clock;

    @Test
    void createdClaimHandlerAndFinalEventAreOneTraceLinkedParentToChild() {
        UUID id = UUID.randomUUID();
        Span request = openTelemetry.getTracer("test").spanBuilder("POST /activities").setSpanKind(SpanKind.SERVER)
                .startSpan();
        try (Scope scope = request.makeCurrent()) {
            publisher.publish(new ActivityCreated(UUID.randomUUID(), id, clock.instant(), Activities.OPERATOR,
                    "activity-api", Activities.scripted("quick"), ActivityStatus.QUEUED)).await().atMost(Activities.WAIT);
        } finally {
            request.end();
        }
        assertThat(activities.awaitFinal(id).status()).isEqualTo(ActivityStatus.SUCCEEDED);
        String trace = request.getSpanContext().getTraceId();

        List<ConsumerRecord<String, byte[]>> records = log.activityRecords(id);
        assertThat(records).hasSizeGreaterThanOrEqualTo(3).allSatisfy(record ->
                assertThat(traceparent(record)).as("every record of the activity carries the trace").contains(trace));

        List<String> publishSpanIds = records.stream().map(r -> traceparent(r).split("-")[2]).toList();
        await().atMost(Activities.WAIT).until(() -> exported(trace).stream().map(SpanData::getSpanId).toList()
                .containsAll(publishSpanIds));
        List<SpanData> trail = exported(trace);

        SpanData created = span(trail, publishSpanIds.get(0));
        assertThat(created.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(created.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());

        SpanData claim = span(trail, publishSpanIds.get(1));
        SpanData claimParent = span(trail, claim.getParentSpanId());
        assertThat(claimParent.getKind()).as("the claim continues from the received created record")
                .isEqualTo(SpanKind.CONSUMER);
        assertThat(claimParent.getParentSpanId()).isEqualTo(created.getSpanId());

        SpanData last = span(trail, publishSpanIds.get(publishSpanIds.size() - 1));
        SpanData handler = span(trail, last.getParentSpanId());
        assertThat(handler.getName()).isEqualTo("handler SyncPocketRequest");
        SpanData handlerParent = span(trail, handler.getParentSpanId());
        assertThat(handlerParent.getKind()).as("the handler continues from the received claim").isEqualTo(SpanKind.CONSUMER);
        assertThat(handlerParent.getParentSpanId()).isEqualTo(claim.getSpanId());
    }

    private List<SpanData> exported(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    private static SpanData span(List<SpanData> trail, String spanId) {
        return trail.stream().filter(s -> s.getSpanId().equals(spanId)).findFirst()
                .orElseThrow(() -> new AssertionError("no exported span " + spanId + " in " + trail.stream()
                        .map(s -> s.getName() + "/" + s.getSpanId() + "<-" + s.getParentSpanId()).toList()));
    }

    private static String traceparent(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader(CloudEventHeaders.TRACE_PARENT);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
