package io.activityplatform.local;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics that do not exist yet. Runs only in child JVMs (kafka-clients is not on the parent's classpath).
 * Pre-creating avoids the auto-create race where producer and consumer both trigger creation with defaults.
 */
final class KafkaTopics {

    private KafkaTopics() {
    }

    /** Idempotent: existing topics are left as they are, whatever their partition count. */
    static void ensure(String bootstrapServers, List<String> topics, int partitions) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            CreateTopicsResult result = admin.createTopics(missing);
            for (Map.Entry<String, ?> entry : result.values().entrySet()) {
                try {
                    result.values().get(entry.getKey()).get(60, TimeUnit.SECONDS);
                    System.out.println("created topic " + entry.getKey() + " with " + partitions + " partitions");
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // someone else creating it concurrently is fine, anything else is not
                    }
                }
            }
        }
    }
}
