package io.activityplatform.service.config;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How every Kafka client of a service reaches the broker: bootstrap servers plus the standard security
 * settings ({@code kafka.security.protocol}, {@code kafka.sasl.*}, {@code kafka.ssl.*}, e.g. from the
 * environment as {@code KAFKA_SASL_JAAS_CONFIG}). Quarkus collects every {@code kafka.*} setting into the
 * {@code default-kafka-broker} map; only the connection settings are taken from it, so a client's own tuning
 * (acks, group, timeouts) stays with the client that needs it.
 */
@ApplicationScoped
public class KafkaConnection {

    private final Map<String, Object> settings = new TreeMap<>();

    public KafkaConnection(@Identifier("default-kafka-broker") Map<String, Object> broker) {
        broker.forEach((key, value) -> {
            if (isConnectionSetting(key) && value != null) {
                settings.put(key, value);
            }
        });
    }

    static boolean isConnectionSetting(String key) {
        return key.equals("bootstrap.servers") || key.equals("security.protocol") || key.startsWith("sasl.")
                || key.startsWith("ssl.") || key.equals("client.dns.lookup");
    }

    /** A fresh set of client properties holding only the connection settings. */
    public Properties properties() {
        Properties p = new Properties();
        p.putAll(settings);
        return p;
    }

    /** The connection settings without secrets, for logs and errors. */
    @Override
    public String toString() {
        return "KafkaConnection" + settings.keySet();
    }
}
