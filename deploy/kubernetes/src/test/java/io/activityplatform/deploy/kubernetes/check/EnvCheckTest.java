package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import org.junit.jupiter.api.Test;

class EnvCheckTest {

    @Test
    void reportsAMisspeltVariableInAConfigMap() {
        Platform planted = Planting.edit("ConfigMap", "activity-api-config", cm -> Planting.object(cm, "/data")
                .put("KAFKA_BOOTSTRAP_SERVER", "events-kafka-bootstrap:9092"));

        assertThat(EnvCheck.check(planted)).singleElement().asString()
                .contains("KAFKA_BOOTSTRAP_SERVER is not a setting activity-api reads");
    }

    @Test
    void reportsAnotherServicesSettingGivenToTheWrongService() {
        // jobs.archive.directory is job-handler's @ConfigMapping; message-system would ignore it.
        Platform planted = Planting.edit("ConfigMap", "message-system-config", cm -> Planting.object(cm, "/data")
                .put("JOBS_ARCHIVE_DIRECTORY", "/var/lib/archives"));

        assertThat(EnvCheck.check(planted)).singleElement().asString()
                .contains("JOBS_ARCHIVE_DIRECTORY is not a setting message-system reads");
    }

    @Test
    void reportsAMisspeltVariableInAContainerEnv() {
        Platform planted = Planting.edit("Deployment", "job-handler", d -> Planting.array(d,
                "/spec/template/spec/containers/0/env").addObject().put("name", "QUARKUS_DATASOURCE_PASSWD"));

        assertThat(EnvCheck.check(planted)).singleElement().asString().contains("QUARKUS_DATASOURCE_PASSWD");
    }

    @Test
    void reportsAnHttpPortThatDiffersFromTheCode() {
        Platform planted = Planting.edit("ConfigMap", "job-handler-config",
                cm -> Planting.object(cm, "/data").put("QUARKUS_HTTP_PORT", "8080"));

        assertThat(EnvCheck.check(planted)).singleElement().asString()
                .contains("QUARKUS_HTTP_PORT=8080 but the service's quarkus.http.port is 8083");
    }

    @Test
    void checksConfigMapsThatAnOverlayPatches() {
        Platform planted = Planting.adding("overlays/prod/patches/config.yaml", Manifest.Role.PATCH, """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: message-system-config
                data:
                  MESSAGES_EXCHANGE_INTERVALL: 30s
                """);

        assertThat(EnvCheck.check(planted)).singleElement().asString()
                .startsWith("overlays/prod/patches/config.yaml").contains("MESSAGES_EXCHANGE_INTERVALL");
    }

    @Test
    void acceptsSettingsDeclaredOnlyInTheServicesConfigMappings() {
        Platform planted = Planting.edit("ConfigMap", "message-system-config", cm -> Planting.object(cm, "/data")
                .put("MESSAGES_EXCHANGE_INTERVAL", "30s")
                .put("MESSAGES_ACCOUNTS__DEV__REGISTRATION_KEY", "k")
                .put("ACTIVITIES_PROJECTION_MAX_POLL_RECORDS", "1000")
                .put("JAVA_OPTS", "-XX:MaxRAMPercentage=60"));

        assertThat(EnvCheck.check(planted)).isEmpty();
    }
}
