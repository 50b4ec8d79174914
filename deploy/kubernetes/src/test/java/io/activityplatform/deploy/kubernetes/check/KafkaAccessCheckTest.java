package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.activityplatform.events.codec.Topics;
import org.junit.jupiter.api.Test;

class KafkaAccessCheckTest {

    @Test
    void readsWhatEachServiceDoesWithTheLogFromItsCode() {
        Platform real = PlatformFixture.platform();

        assertThat(ServiceTopics.of(real.service("activity-api").module())).isEqualTo(new ServiceTopics("activity-api",
                java.util.Set.of(Topics.ACTIVITY_EVENTS, Topics.COMPUTER_EVENTS), java.util.Set.of(Topics.ACTIVITY_EVENTS)));
        assertThat(ServiceTopics.of(real.service("job-handler").module()).writes())
                .containsExactlyInAnyOrder(Topics.ACTIVITY_EVENTS, Topics.COMPUTER_EVENTS);
        assertThat(ServiceTopics.of(real.service("message-system").module()).group()).isEqualTo("message-system");
    }

    @Test
    void reportsASecondPlainListener() {
        Platform planted = Planting.edit("Kafka", "events", k -> Planting.array(k, "/spec/kafka/listeners")
                .add(Planting.yaml("{name: plain, port: 9092, type: internal, tls: false}")));

        assertThat(KafkaAccessCheck.check(planted)).singleElement().asString()
                .contains("2 listeners").contains("bypass authentication");
    }

    @Test
    void reportsAListenerWithoutTlsOrAuthentication() {
        Platform planted = Planting.edit("Kafka", "events", k -> {
            ObjectNode listener = Planting.object(k, "/spec/kafka/listeners/0");
            listener.put("tls", false);
            listener.remove("authentication");
        });

        assertThat(KafkaAccessCheck.check(planted))
                .anySatisfy(p -> assertThat(p).contains("listener tls is not TLS"))
                .anySatisfy(p -> assertThat(p).contains("authentication is none, expected scram-sha-512 or tls"));
    }

    @Test
    void reportsAClusterWithoutAcls() {
        Platform planted = Planting.edit("Kafka", "events", k -> Planting.object(k, "/spec/kafka").remove("authorization"));

        assertThat(KafkaAccessCheck.check(planted)).singleElement().asString().contains("no ACL authorization");
    }

    @Test
    void reportsWriteAccessToATopicTheServiceDoesNotProduce() {
        // activity-api never creates computer events: it must not be able to append to their log.
        Platform planted = Planting.edit("KafkaUser", "activity-api", u -> Planting.array(u, "/spec/authorization/acls/1/operations")
                .add("Write"));

        assertThat(KafkaAccessCheck.check(planted)).singleElement().asString()
                .contains("KafkaUser/activity-api: ACL on topic computer-events grants Write, which activity-api does not need");
    }

    @Test
    void reportsAnotherServicesConsumerGroup() {
        Platform planted = Planting.edit("KafkaUser", "job-handler",
                u -> Planting.object(u, "/spec/authorization/acls/2/resource").put("name", "activity-api"));

        assertThat(KafkaAccessCheck.check(planted)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("ACL on group activity-api grants Read, which job-handler does not need"))
                .anySatisfy(p -> assertThat(p).contains("missing ACLs [group job-handler Read]"));
    }

    @Test
    void reportsWildcardsAndPrefixes() {
        Platform planted = Planting.edit("KafkaUser", "message-system",
                u -> Planting.object(u, "/spec/authorization/acls/0/resource").put("patternType", "prefix"));

        assertThat(KafkaAccessCheck.check(planted)).singleElement().asString()
                .contains("ACL on topic activity-events must be a literal allow rule");
    }

    @Test
    void reportsAMissingReadRight() {
        Platform planted = Planting.edit("KafkaUser", "message-system",
                u -> Planting.array(u, "/spec/authorization/acls/1/operations").remove(1));

        assertThat(KafkaAccessCheck.check(planted)).singleElement().asString()
                .contains("missing ACLs [topic computer-events Read]");
    }

    @Test
    void reportsAServiceWithoutItsOwnUser() {
        Platform planted = Planting.withoutBase("KafkaUser", "message-system");

        assertThat(KafkaAccessCheck.check(planted)).singleElement().asString()
                .isEqualTo("no KafkaUser message-system (the consumer group of message-system)");
    }

    @Test
    void reportsCredentialsFromAnotherServicesUser() {
        Platform planted = Planting.edit("Deployment", "job-handler", d -> Planting.object(d,
                "/spec/template/spec/containers/0/env/2/valueFrom/secretKeyRef").put("name", "activity-api"));

        assertThat(KafkaAccessCheck.check(planted)).singleElement().asString()
                .contains("KAFKA_SASL_JAAS_CONFIG must come from the KafkaUser's Secret job-handler key sasl.jaas.config");
    }

    @Test
    void reportsATrustStoreThatIsNotTheClusterCa() {
        // The clients CA signs user certificates, not the brokers': the TLS handshake would fail.
        Platform planted = Planting.edit("Deployment", "activity-api", d -> Planting.object(d,
                "/spec/template/spec/volumes/0/secret").put("secretName", "events-clients-ca-cert"));

        assertThat(KafkaAccessCheck.check(planted)).singleElement().asString()
                .contains("must be the file of key ca.crt of Secret events-cluster-ca-cert");
    }

    @Test
    void reportsAPlaintextClient() {
        Platform planted = Planting.edit("ConfigMap", "message-system-config",
                cm -> Planting.object(cm, "/data").put("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT"));

        assertThat(KafkaAccessCheck.check(planted)).singleElement().asString()
                .isEqualTo("message-system: KAFKA_SECURITY_PROTOCOL is PLAINTEXT, expected SASL_SSL");
    }
}
