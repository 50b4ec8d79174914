package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** One broker for the class; the tests run in order because the last ones stop and restart it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaLauncherTest {

    @TempDir
    static Path tmp;
    static KafkaLauncher kafka;

    @BeforeAll
    static void startBroker() {
        kafka = new KafkaLauncher(tmp.resolve("kafka")).partitions(3).start();
        System.out.println("kafka ready in " + kafka.lastStartup().toMillis() + " ms");
    }

    @AfterAll
    static void stopBroker() {
        kafka.stop();
    }

    @Test
    @Order(1)
    void topicsExistWithConfiguredPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(KafkaLauncher.DEFAULT_TOPICS)
                    .allTopicNames().get();
            assertThat(topics).containsOnlyKeys("activity-events", "computer-events");
            assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(3));
        }
    }

    @Test
    @Order(2)
    void producedRecordIsConsumed() throws Exception {
        produce("activity-events", "key-1", "hello");
        assertThat(consumeAll("activity-events")).contains("hello");
    }

    @Test
    @Order(3)
    void restartOnSameDataDirKeepsRecordsAndAddress() throws Exception {
        produce("computer-events", "key-2", "survivor");
        long firstPid = kafka.process().orElseThrow().pid();
        kafka.restart();
        assertThat(kafka.process().orElseThrow().pid()).isNotEqualTo(firstPid);
        assertThat(consumeAll("computer-events")).contains("survivor");
    }

    @Test
    @Order(4)
    void stopLeavesNoProcessAndFreesThePort() {
        ProcessHandle broker = kafka.process().orElseThrow();
        kafka.stop();
        assertThat(broker.isAlive()).isFalse();
        assertThat(kafka.isRunning()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> Ports.isFree(kafka.port()));
    }

    private static void produce(String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Reads the topic from the beginning with a fresh group until at least one record arrived. */
    private static List<String> consumeAll(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return !values.isEmpty();
            });
        }
        return values;
    }
}
