package io.activityplatform.api.benchmark;

import io.activityplatform.events.codec.CloudEventHeaders;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.Topics;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityEvent;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.projection.ProjectionConsumer;
import io.activityplatform.service.projection.ProjectionStats;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Projection throughput: fills activity-events with {@value #EVENTS} events while the projection is stopped,
 * then starts it and measures how fast activity-api folds them into its PostgreSQL view (history included),
 * with broker and database on the same machine. Not part of the test suite: run it with
 * {@code mvn -B verify -pl activity-api -am -Pbenchmark -DskipTests=false} (see README). Prints events/s.
 */
@QuarkusTest
@TestProfile(ProjectionBenchmark.StoppedProjection.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "activity_api"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ProjectionBenchmark {

    static final int EVENTS = Integer.getInteger("benchmark.events", 200_000);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    public static class StoppedProjection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The service's default (1) unless asked, e.g. -Dbenchmark.write-parallelism=2.
            return Map.of("activities.projection.autostart", "false", "activities.projection.write-parallelism",
                    System.getProperty("benchmark.write-parallelism", "1"));
        }
    }

    @Inject
    ProjectionConsumer consumer;
    @Inject
    ProjectionStats stats;
    @Inject
    Pool pool;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void foldsTheLogIntoThePostgresView() throws Exception {
        long produceStart = System.nanoTime();
        int produced = produce();
        double produceSeconds = (System.nanoTime() - produceStart) / 1e9;

        long start = System.nanoTime();
        // The second half alone as well: the first includes compiling the fold's code, which a running service
        // has long done (C2 took a third to a half of the services' CPU in the benchmark's first minute).
        long[] half = {0, 0}; // when the count first passed half, and the count then
        consumer.start();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            long events = stats.snapshot().events();
            if (half[0] == 0 && events >= produced / 2) {
                half[0] = System.nanoTime();
                half[1] = events;
            }
            return events >= produced;
        });
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        double secondHalf = (end - half[0]) / 1e9;

        long rows = pool.query("select count(*) from activity_view").execute().await().indefinitely()
                .iterator().next().getLong(0);
        ProjectionStats.Snapshot s = stats.snapshot();
        System.out.printf("%nPROJECTION BENCHMARK: %d events (%d activities) folded into activity-api's view in "
                + "%.2f s = %.0f events/s; the second half %.0f events/s (%d batches, %d rejected; producing took "
                + "%.2f s; %d cores)%n%n", s.events(), rows, seconds, s.events() / seconds,
                (s.events() - half[1]) / secondHalf, s.batches(), s.rejected(), produceSeconds,
                Runtime.getRuntime().availableProcessors());
        assertThat(rows).isEqualTo(produced / 4);
    }

    /** Per activity: created, claimed, one progress chunk, finished. */
    private int produce() throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        int activities = EVENTS / 4;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < activities; i++) {
                UUID id = UUID.randomUUID();
                send(producer, new ActivityCreated(UUID.randomUUID(), id, T0, Actor.user("bench"), "benchmark",
                        ActivityDefinition.of("ExecuteScriptRequest", "computer-" + (i % 500),
                                Map.of("interpreter", "/bin/sh", "code", "echo " + i)), ActivityStatus.QUEUED));
                send(producer, change(id, ActivityStatus.IN_PROGRESS, 1, null));
                send(producer, new ProgressReported(UUID.randomUUID(), id, T0, Actor.agent("computer"), "benchmark",
                        50, "half way\n", 1, false));
                send(producer, change(id, i % 10 == 0 ? ActivityStatus.FAILED : ActivityStatus.SUCCEEDED, 2,
                        ActivityResult.of(i % 10 == 0 ? 1 : 0, "done")));
            }
            producer.flush();
        }
        return activities * 4;
    }

    private static StatusChanged change(UUID id, ActivityStatus to, int expected, ActivityResult result) {
        return new StatusChanged(UUID.randomUUID(), id, T0, Actor.service("benchmark"), "benchmark", null, to,
                expected, "benchmark", result, null);
    }

    private static void send(KafkaProducer<String, byte[]> producer, ActivityEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ACTIVITY_EVENTS,
                event.activityId().toString(), EventCodec.encode(event));
        CloudEventHeaders.of(event).forEach((k, v) -> record.headers().add(new RecordHeader(k, v)));
        producer.send(record);
    }
}
