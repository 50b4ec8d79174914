package io.activityplatform.deploy.kubernetes.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownSettingsTest {

    private static KnownSettings of(String service) {
        return KnownSettings.of(Repository.service(service), ConfigMappingScanner.scan(Repository.serviceCoreSources()),
                Dockerfile.read(Repository.dockerfile(service)));
    }

    @Test
    void allowsTheVariablesTheDeploymentSets() {
        KnownSettings jobs = of("job-handler");

        assertThat(Set.of("KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_REACTIVE_URL",
                "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "JOBS_ARCHIVE_DIRECTORY", "JAVA_OPTS")).allMatch(jobs::allowsEnv);
    }

    @Test
    void rejectsTyposAndOtherServicesSettings() {
        assertThat(of("job-handler").allowsEnv("KAFKA_BOOTSTRAP_SERVER")).isFalse();
        assertThat(of("activity-api").allowsEnv("JOBS_ARCHIVE_DIRECTORY")).isFalse();
        assertThat(of("activity-api").allowsEnv("MESSAGES_EXCHANGE_INTERVAL")).isFalse();
        assertThat(of("message-system").allowsProperty("messages.accounts.dev.registration-key")).isTrue();
        assertThat(of("message-system").allowsProperty("messages.account.dev.registration-key")).isFalse();
    }
}
