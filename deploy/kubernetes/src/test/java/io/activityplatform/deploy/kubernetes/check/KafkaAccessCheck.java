package io.activityplatform.deploy.kubernetes.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.events.codec.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may use the log (issue 12): the cluster has one client listener, TLS with SCRAM-SHA-512 or mutual
 * TLS, and enforces ACLs; each service has a KafkaUser named after its consumer group with exactly the
 * rights its code needs (read what its projection folds, write what it publishes, its own group, nothing
 * else); and each service is given the standard Kafka client settings for that listener: security
 * protocol, SASL mechanism, its user's JAAS configuration from the User Operator's Secret, and a trust
 * store that is the cluster CA's certificate.
 */
public final class KafkaAccessCheck {

    static final Set<String> TOPIC_OPERATIONS = Set.of("Describe", "Read", "Write");

    private KafkaAccessCheck() {
    }

    public static List<String> check(Platform platform) {
        List<String> problems = new ArrayList<>();
        Optional<Manifest> kafka = platform.manifests().baseResources("Kafka").findFirst();
        if (kafka.isEmpty()) {
            return List.of("no Kafka in base");
        }
        String auth = checkListener(kafka.get(), problems);
        for (Platform.Service service : platform.services().values()) {
            ServiceTopics topics = ServiceTopics.of(service.module());
            Optional<Manifest> user = platform.manifests().baseResource("KafkaUser", topics.group());
            if (user.isEmpty()) {
                problems.add("no KafkaUser " + topics.group() + " (the consumer group of " + service.name() + ")");
            } else {
                checkUser(user.get(), kafka.get().name(), auth, topics, problems);
            }
            checkClient(platform, service.name(), kafka.get().name(), auth, topics.group(), problems);
        }
        return problems;
    }

    /** The listener's authentication type, after checking that it is the only one and is secured. */
    private static String checkListener(Manifest kafka, List<String> problems) {
        JsonNode listeners = kafka.doc().path("spec").path("kafka").path("listeners");
        if (listeners.size() != 1) {
            problems.add(kafka.where() + ": " + listeners.size() + " listeners; the services need exactly one, "
                    + "a second one (plain?) would bypass authentication");
        }
        JsonNode listener = KafkaCheck.clientListener(kafka);
        String auth = listener.path("authentication").path("type").asText("none");
        if (!listener.path("tls").asBoolean()) {
            problems.add(kafka.where() + ": listener " + listener.path("name").asText() + " is not TLS");
        }
        if (!Set.of("scram-sha-512", "tls").contains(auth)) {
            problems.add(kafka.where() + ": listener " + listener.path("name").asText() + " authentication is " + auth
                    + ", expected scram-sha-512 or tls");
        }
        if (!kafka.doc().path("spec").path("kafka").path("authorization").path("type").asText().equals("simple")) {
            problems.add(kafka.where() + ": no ACL authorization (spec.kafka.authorization.type simple): "
                    + "every authenticated user could rewrite the log");
        }
        return auth;
    }

    private static void checkUser(Manifest user, String cluster, String auth, ServiceTopics topics, List<String> problems) {
        JsonNode spec = user.doc().path("spec");
        if (!user.doc().path("metadata").path("labels").path("strimzi.io/cluster").asText().equals(cluster)) {
            problems.add(user.where() + ": not labelled strimzi.io/cluster=" + cluster);
        }
        if (!spec.path("authentication").path("type").asText().equals(auth)) {
            problems.add(user.where() + ": authentication " + spec.path("authentication").path("type").asText()
                    + " does not match the listener's " + auth);
        }
        Set<String> granted = new TreeSet<>();
        for (JsonNode acl : spec.path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            String type = resource.path("type").asText();
            String name = resource.path("name").asText();
            String where = user.where() + ": ACL on " + type + " " + name;
            if (!acl.path("type").asText("allow").equals("allow") || !resource.path("patternType").asText("literal").equals("literal")
                    || name.equals("*")) {
                problems.add(where + " must be a literal allow rule");
            }
            for (JsonNode op : acl.path("operations")) {
                String operation = op.asText();
                granted.add(type + " " + name + " " + operation);
                boolean allowed = switch (type) {
                    case "topic" -> TOPIC_OPERATIONS.contains(operation)
                            && (!operation.equals("Write") || topics.writes().contains(name))
                            && (!operation.equals("Read") || topics.reads().contains(name))
                            && (topics.reads().contains(name) || topics.writes().contains(name));
                    case "group" -> name.equals(topics.group()) && Set.of("Read", "Describe").contains(operation);
                    default -> false;
                };
                if (!allowed) {
                    problems.add(where + " grants " + operation + ", which " + topics.group() + " does not need (reads "
                            + topics.reads() + ", writes " + topics.writes() + ", group " + topics.group() + ")");
                }
            }
        }
        Set<String> needed = new TreeSet<>();
        topics.reads().forEach(t -> needed.addAll(List.of("topic " + t + " Read", "topic " + t + " Describe")));
        topics.writes().forEach(t -> needed.add("topic " + t + " Write"));
        needed.add("group " + topics.group() + " Read");
        needed.removeAll(granted);
        if (!needed.isEmpty()) {
            problems.add(user.where() + ": missing ACLs " + needed);
        }
    }

    private static void checkClient(Platform platform, String service, String cluster, String auth, String user,
            List<String> problems) {
        String protocol = auth.equals("tls") ? "SSL" : "SASL_SSL";
        expectEnv(platform, service, "KAFKA_SECURITY_PROTOCOL", protocol, problems);
        Manifest deployment = platform.manifests().baseResource("Deployment", service).orElseThrow();
        if (auth.equals("scram-sha-512")) {
            expectEnv(platform, service, "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", problems);
            JsonNode ref = Mounts.secretRef(deployment.doc(), "KAFKA_SASL_JAAS_CONFIG");
            if (!ref.path("name").asText().equals(user) || !ref.path("key").asText().equals("sasl.jaas.config")) {
                problems.add(deployment.where() + ": KAFKA_SASL_JAAS_CONFIG must come from the KafkaUser's Secret "
                        + user + " key sasl.jaas.config (is " + ref + ")");
            }
        }
        String ca = cluster + "-cluster-ca-cert";
        Optional<String> truststore = Mounts.env(platform, service, "KAFKA_SSL_TRUSTSTORE_LOCATION");
        Optional<Mounts.Source> source = truststore.flatMap(t -> Mounts.fileSource(deployment.doc(), t));
        if (source.isEmpty() || !source.get().name().equals(ca) || !source.get().key().equals("ca.crt")) {
            problems.add(deployment.where() + ": KAFKA_SSL_TRUSTSTORE_LOCATION (" + truststore.orElse("unset")
                    + ") must be the file of key ca.crt of Secret " + ca + " (is " + source.orElse(null) + ")");
        }
        expectEnv(platform, service, "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM", problems);
    }

    private static void expectEnv(Platform platform, String service, String variable, String wanted,
            List<String> problems) {
        String value = Mounts.env(platform, service, variable).orElse("unset");
        if (!value.equals(wanted)) {
            problems.add(service + ": " + variable + " is " + value + ", expected " + wanted);
        }
    }
}
