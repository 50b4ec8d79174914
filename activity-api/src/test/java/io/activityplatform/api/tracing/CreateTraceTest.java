package io.activityplatform.api.tracing;

import static io.activityplatform.api.support.Api.create;
import static io.activityplatform.api.support.Api.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.api.support.LogDriver;
import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.local.PlatformTestResource;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The trace starts at POST /activities: the created record is sent under a producer span whose parent is
 * the request's server span, and its {@code ce_traceparent} names that producer span.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class CreateTraceTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    InMemorySpanExporter spans;
    @Inject
    LogDriver log;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theCreatedRecordCarriesTheTraceOfThePostThatCreatedIt() {
        String id = create("alice", script(log.computer())).statusCode(201).extract().path("id");

        String traceparent = traceparentOf(id);
        String traceId = traceparent.split("-")[1];
        String producerId = traceparent.split("-")[2];
        await().atMost(WAIT).until(() -> spans.getFinishedSpanItems().stream()
                .anyMatch(s -> s.getSpanId().equals(producerId)));
        SpanData producer = span(producerId);
        assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(producer.getTraceId()).isEqualTo(traceId);
        await().atMost(WAIT).until(() -> spans.getFinishedSpanItems().stream()
                .anyMatch(s -> s.getSpanId().equals(producer.getParentSpanId())));
        SpanData request = span(producer.getParentSpanId());
        assertThat(request.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(request.getName()).contains("POST").contains("/activities");
    }

    private SpanData span(String spanId) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getSpanId().equals(spanId)).findFirst()
                .orElseThrow();
    }

    private String traceparentOf(String activityId) {
        var header = ActivityRecords.headersOfFirst(bootstrapServers, activityId).lastHeader(CloudEventHeaders.TRACE_PARENT);
        assertThat(header).as("ce_traceparent on the created record").isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
