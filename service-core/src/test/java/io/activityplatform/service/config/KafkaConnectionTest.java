package io.activityplatform.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {

    @Test
    void takesTheConnectionAndSecuritySettingsEveryClientNeeds() {
        KafkaConnection connection = new KafkaConnection(Map.of(
                "bootstrap.servers", "events-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.type", "PEM",
                "ssl.truststore.location", "/etc/kafka-ca/ca.crt"));

        assertThat(connection.properties()).containsOnlyKeys("bootstrap.servers", "security.protocol",
                "sasl.mechanism", "sasl.jaas.config", "ssl.truststore.type", "ssl.truststore.location");
        assertThat(connection.properties().get("security.protocol")).isEqualTo("SASL_SSL");
    }

    @Test
    void leavesEachClientsOwnTuningAndQuarkusSwitchesOut() {
        KafkaConnection connection = new KafkaConnection(Map.of(
                "bootstrap.servers", "localhost:9092", "acks", "1", "group.id", "someone-else",
                "health.enabled", "true"));

        assertThat(connection.properties()).containsOnlyKeys("bootstrap.servers");
    }

    @Test
    void neverPrintsTheSecrets() {
        KafkaConnection connection = new KafkaConnection(Map.of("bootstrap.servers", "b:9093",
                "sasl.jaas.config", "ScramLoginModule required username=\"u\" password=\"hunter2\";"));

        assertThat(connection.toString()).doesNotContain("hunter2").contains("sasl.jaas.config");
    }

    @Test
    void eachCallGivesAFreshCopySoClientsCannotChangeEachOthersSettings() {
        KafkaConnection connection = new KafkaConnection(Map.of("bootstrap.servers", "b:9092"));

        connection.properties().put("acks", "all");

        assertThat(connection.properties()).doesNotContainKey("acks");
    }
}
