package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.deploy.kubernetes.manifest.Manifest;
import io.activityplatform.deploy.kubernetes.source.ServiceModule;
import java.util.LinkedHashMap;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ProbeCheckTest {

    @Test
    void reportsAContainerPortThatDiffersFromQuarkusHttpPort() {
        Platform planted = Planting.edit("Deployment", "message-system",
                d -> Planting.object(d, "/spec/template/spec/containers/0/ports/0").put("containerPort", 8081));

        assertThat(ProbeCheck.check(planted))
                .anySatisfy(p -> assertThat(p).contains("message-system").contains("containerPort 8081")
                        .contains("quarkus.http.port is 8082"));
    }

    @Test
    void reportsAReadinessProbeOnTheLivenessPath() {
        Platform planted = Planting.edit("Deployment", "job-handler",
                d -> Planting.object(d, "/spec/template/spec/containers/0/readinessProbe/httpGet")
                        .put("path", "/q/health/live"));

        assertThat(ProbeCheck.check(planted)).singleElement().asString()
                .contains("readinessProbe path /q/health/live");
    }

    @Test
    void reportsAProbeOnANumericPortOtherThanTheServices() {
        Platform planted = Planting.edit("Deployment", "activity-api",
                d -> Planting.object(d, "/spec/template/spec/containers/0/livenessProbe/httpGet").put("port", 8080));

        assertThat(ProbeCheck.check(planted)).singleElement().asString()
                .contains("livenessProbe port 8080 resolves to 8080 but health is served on 8081");
    }

    @Test
    void reportsAMissingStartupProbe() {
        Platform planted = Planting.edit("Deployment", "activity-api", d -> Planting.container(d).remove("startupProbe"));

        assertThat(ProbeCheck.check(planted)).singleElement().asString().contains("no startupProbe");
    }

    @Test
    void reportsAServiceTargetingAPortTheContainerDoesNotName() {
        Platform planted = Planting.edit("Service", "job-handler",
                s -> Planting.object(s, "/spec/ports/0").put("targetPort", "web"));

        assertThat(ProbeCheck.check(planted)).singleElement().asString()
                .contains("Service/job-handler").contains("targets web = -1");
    }

    @Test
    void checksProbesThatAnOverlayPatches() {
        Platform planted = Planting.adding("overlays/dev/patches/probe.yaml", Manifest.Role.PATCH, """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: activity-api
                spec:
                  template:
                    spec:
                      containers:
                        - name: activity-api
                          readinessProbe:
                            httpGet:
                              path: /health
                              port: http
                """);

        assertThat(ProbeCheck.check(planted)).singleElement().asString()
                .startsWith("overlays/dev/patches/probe.yaml").contains("path /health");
    }

    @Test
    void expectsHealthOnTheManagementPortWhenTheServiceEnablesTheManagementInterface() {
        Platform real = PlatformFixture.platform();
        Platform.Service api = real.service("activity-api");
        Properties props = new Properties();
        props.putAll(api.module().properties());
        props.setProperty("quarkus.management.enabled", "true");
        var services = new LinkedHashMap<>(real.services());
        services.put("activity-api", new Platform.Service(
                new ServiceModule("activity-api", api.module().dir(), props), api.settings(), api.image(), api.restRoots()));

        assertThat(ProbeCheck.check(new Platform(real.manifests(), services)))
                .hasSize(3).allSatisfy(p -> assertThat(p).contains("health is served on 9000"));
    }
}
