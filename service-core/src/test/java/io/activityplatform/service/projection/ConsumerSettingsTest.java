package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.service.config.KafkaConnection;
import io.activityplatform.service.config.PlatformConfig;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

/**
 * The projection consumer's settings that the design rests on: one group per service (replicas split the
 * partitions, services each read everything), the view's offsets as the truth (no auto-commit), a new view
 * rebuilt from the start of the log, the connection's security settings kept, and no foreign tuning let in.
 */
class ConsumerSettingsTest {

    private static PlatformConfig config(String service, int maxPoll, int parallelism) {
        PlatformConfig.Projection projection = proxy(PlatformConfig.Projection.class,
                Map.of("maxPollRecords", maxPoll, "writeParallelism", parallelism));
        return proxy(PlatformConfig.class, Map.of("serviceName", service, "projection", projection));
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answers.get(method.getName());
        });
    }

    private static final KafkaConnection SECURED = new KafkaConnection(Map.of("bootstrap.servers", "kafka:9093",
            "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512", "group.id", "someone-else",
            "enable.auto.commit", "true"));

    @Test
    void eachServiceIsItsOwnGroupAndTheViewsOffsetsAreTheTruth() {
        Properties p = ConsumerSettings.of(config("job-handler", 500, 1), SECURED);

        assertThat(p.get(ConsumerConfig.GROUP_ID_CONFIG)).isEqualTo("job-handler");
        assertThat(p.get(ConsumerConfig.CLIENT_ID_CONFIG)).isEqualTo("job-handler-projection");
        assertThat(p.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG)).isEqualTo(false);
        assertThat(p.get(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)).isEqualTo("earliest");
        assertThat(p.get(ConsumerConfig.MAX_POLL_RECORDS_CONFIG)).isEqualTo(500);
    }

    @Test
    void theConnectionsSecurityIsKept() {
        Properties p = ConsumerSettings.of(config("activity-api", 100, 1), SECURED);

        assertThat(p.get("bootstrap.servers")).isEqualTo("kafka:9093");
        assertThat(p.get("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(p.get("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
    }

    @Test
    void concurrentPartitionGroupsFetchLessPerPartitionSoAPollSpansSeveral() {
        int single = (int) ConsumerSettings.of(config("s", 100, 1), SECURED)
                .get(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG);
        int grouped = (int) ConsumerSettings.of(config("s", 100, 4), SECURED)
                .get(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG);
        int total = (int) ConsumerSettings.of(config("s", 100, 4), SECURED)
                .get(ConsumerConfig.FETCH_MAX_BYTES_CONFIG);

        assertThat(grouped).isLessThan(single);
        assertThat(total).isGreaterThanOrEqualTo(single);
    }

    @Test
    void aCrashedReplicasPartitionsMoveWithinSeconds() {
        Properties p = ConsumerSettings.of(config("s", 100, 1), SECURED);

        int session = (int) p.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG);
        int heartbeat = (int) p.get(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG);
        assertThat(session).isLessThanOrEqualTo(15_000);
        assertThat(heartbeat * 3).as("Kafka wants at least three heartbeats per session")
                .isLessThanOrEqualTo(session);
    }

    @Test
    void eachCallGivesAFreshSetSoOneClientsChangesDoNotLeak() {
        Properties first = ConsumerSettings.of(config("s", 100, 1), SECURED);
        first.put("max.poll.records", 1);

        assertThat(ConsumerSettings.of(config("s", 100, 1), SECURED).get("max.poll.records")).isEqualTo(100);
    }
}
