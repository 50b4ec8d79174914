package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

    @Test
    void eachServiceDatabaseIsTheOneItsApplicationPropertiesName() {
        Platform real = PlatformFixture.platform();

        assertThat(real.services().values()).extracting(s -> s.module().databaseName())
                .containsExactlyInAnyOrder("activity_api", "message_system", "job_handler");
        assertThat(real.manifests().baseResources("Cluster"))
                .extracting(c -> c.doc().at("/spec/bootstrap/initdb/database").asText())
                .containsExactlyInAnyOrder("activity_api", "message_system", "job_handler");
    }

    @Test
    void reportsAClusterCreatingAnotherDatabaseName() {
        Platform planted = Planting.edit("Cluster", "job-handler-db",
                c -> Planting.object(c, "/spec/bootstrap/initdb").put("database", "jobhandler"));

        assertThat(DatabaseCheck.check(planted)).singleElement().asString()
                .contains("creates database 'jobhandler' but job-handler uses 'job_handler'");
    }

    @Test
    void reportsAServicePointedAtAnotherServicesDatabase() {
        Platform planted = Planting.edit("ConfigMap", "message-system-config", cm -> Planting.object(cm, "/data")
                .put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://activity-api-db-rw:5432/activity_api"));

        assertThat(DatabaseCheck.check(planted)).singleElement().asString()
                .contains("expected host message-system-db-rw and database message_system");
    }

    @Test
    void reportsAJdbcUrlWithoutTheJdbcScheme() {
        Platform planted = Planting.edit("ConfigMap", "activity-api-config", cm -> Planting.object(cm, "/data")
                .put("QUARKUS_DATASOURCE_JDBC_URL", "postgresql://activity-api-db-rw:5432/activity_api"));

        assertThat(DatabaseCheck.check(planted)).singleElement().asString().contains("wrong scheme");
    }

    @Test
    void reportsCredentialsFromAnotherClustersSecret() {
        Platform planted = Planting.edit("Deployment", "activity-api", d -> Planting.object(d,
                "/spec/template/spec/containers/0/env/1/valueFrom/secretKeyRef").put("name", "job-handler-db-app"));

        assertThat(DatabaseCheck.check(planted)).singleElement().asString()
                .contains("QUARKUS_DATASOURCE_PASSWORD must come from Secret activity-api-db-app");
    }

    @Test
    void reportsAServiceWithoutItsOwnCluster() {
        Platform planted = Planting.withoutBase("Cluster", "message-system-db");

        assertThat(DatabaseCheck.check(planted)).singleElement().asString()
                .contains("no CloudNativePG Cluster message-system-db");
    }
}
