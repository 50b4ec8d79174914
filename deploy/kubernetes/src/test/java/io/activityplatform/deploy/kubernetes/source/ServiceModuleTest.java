package io.activityplatform.deploy.kubernetes.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceModuleTest {

    @Test
    void readsEachServicesPortAndDatabaseFromItsApplicationProperties() {
        assertThat(Repository.services())
                .extracting(ServiceModule::name, ServiceModule::httpPort, ServiceModule::databaseName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("activity-api", 8081, "activity_api"),
                        org.assertj.core.groups.Tuple.tuple("message-system", 8082, "message_system"),
                        org.assertj.core.groups.Tuple.tuple("job-handler", 8083, "job_handler"));
    }

    @Test
    void dropsPropertiesOfTheTestAndDevProfiles() {
        assertThat(Repository.service("message-system").propertyKeys())
                .contains("messages.exchange.interval")
                .noneMatch(k -> k.startsWith("%"))
                .doesNotContain("messages.accounts.test.registration-key");
    }

    @Test
    void parsesHostAndDatabaseOfReactiveAndJdbcUrls() {
        assertThat(ServiceModule.databaseOf("postgresql://db-rw:5432/activity_api")).isEqualTo("activity_api");
        assertThat(ServiceModule.databaseOf("jdbc:postgresql://db-rw:5432/job_handler")).isEqualTo("job_handler");
        assertThat(ServiceModule.hostOf("jdbc:postgresql://db-rw:5432/job_handler")).isEqualTo("db-rw");
    }
}
