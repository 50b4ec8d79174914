package io.activityplatform.messages.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.activityplatform.agent.run.Agent;
import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * One trace follows an agent activity through message-system: the creating request's span (standing in for
 * activity-api's POST), the created record, the delivery claim, the hand-over to the agent ({@code deliver}),
 * the agent's result ({@code agent result}) and the final record, each the child of the one before, although
 * the claim and the result happen inside the agent's exchange requests, which are traces of their own.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class AgentTraceTest {

    private static final String TYPE = "ExecuteScriptRequest";

    @Inject
    InMemorySpanExporter spans;
    @Inject
    OpenTelemetry openTelemetry;
    @Inject
    Fleet fleet;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void createdClaimDeliveryResultAndFinalEventAreOneTraceLinkedParentToChild() throws Exception {
        Agent agent = fleet.agent("trace");
        Span request = openTelemetry.getTracer("test").spanBuilder("POST /activities").setSpanKind(SpanKind.SERVER)
                .startSpan();
        UUID id;
        try (Scope scope = request.makeCurrent()) {
            id = fleet.script(agent.computerId(), "echo traced");
        } finally {
            request.end();
        }
        fleet.exchangeUntil(agent, id, ActivityStatus.SUCCEEDED);
        String trace = request.getSpanContext().getTraceId();

        List<ConsumerRecord<String, byte[]>> records = records(id);
        assertThat(records).hasSizeGreaterThanOrEqualTo(3).allSatisfy(record ->
                assertThat(traceparent(record)).as("every record of the activity carries the trace").contains(trace));
        List<String> publishSpanIds = records.stream().map(r -> traceparent(r).split("-")[2]).toList();
        await().atMost(Fleet.WAIT).until(() -> exported(trace).stream().map(SpanData::getSpanId).toList()
                .containsAll(publishSpanIds) && exported(trace).stream().anyMatch(s -> s.getName().startsWith("deliver")));
        List<SpanData> trail = exported(trace);

        SpanData created = span(trail, publishSpanIds.get(0));
        assertThat(created.getParentSpanId()).isEqualTo(request.getSpanContext().getSpanId());

        SpanData claim = span(trail, publishSpanIds.get(1));
        SpanData claimParent = span(trail, claim.getParentSpanId());
        assertThat(claimParent.getKind()).as("the claim continues from the received created record")
                .isEqualTo(SpanKind.CONSUMER);
        assertThat(claimParent.getParentSpanId()).isEqualTo(created.getSpanId());

        SpanData deliver = trail.stream().filter(s -> s.getName().equals("deliver " + TYPE)).findFirst().orElseThrow();
        SpanData deliverParent = span(trail, deliver.getParentSpanId());
        assertThat(deliverParent.getKind()).as("the hand-over continues from the received claim")
                .isEqualTo(SpanKind.CONSUMER);
        assertThat(deliverParent.getParentSpanId()).isEqualTo(claim.getSpanId());

        SpanData last = span(trail, publishSpanIds.get(publishSpanIds.size() - 1));
        SpanData result = span(trail, last.getParentSpanId());
        assertThat(result.getName()).as("the final record is published under the agent's result")
                .isEqualTo("agent result " + TYPE);
        SpanData resultParent = span(trail, result.getParentSpanId());
        assertThat(resultParent.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(publishSpanIds.subList(1, publishSpanIds.size() - 1))
                .as("the result continues from the activity's latest received record (claim or progress)")
                .contains(resultParent.getParentSpanId());
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

    /** The activity's records on the log itself, headers included, in log order. */
    private List<ConsumerRecord<String, byte[]>> records(UUID activityId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        String key = activityId.toString();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            // The producer's default partitioner: murmur2 of the key.
            int count = consumer.partitionsFor(Topics.ACTIVITY_EVENTS).size();
            TopicPartition partition = new TopicPartition(Topics.ACTIVITY_EVENTS,
                    Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % count);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        records.add(record);
                    }
                }
            }
            return records;
        }
    }
}
