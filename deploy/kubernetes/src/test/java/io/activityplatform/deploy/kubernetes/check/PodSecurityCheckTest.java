package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PodSecurityCheckTest {

    @Test
    void reportsANamespaceWithoutTheRestrictedLevel() {
        Platform planted = Planting.edit("overlays/prod", "Namespace", "activity-platform",
                n -> Planting.object(n, "/metadata/labels").put(PodSecurityCheck.ENFORCE, "baseline"));

        assertThat(PodSecurityCheck.check(planted)).singleElement().asString()
                .isEqualTo("overlays/prod: namespace 'activity-platform' is not created with pod-security.kubernetes.io/enforce=restricted");
    }

    @Test
    void reportsAPodWithoutSeccompProfile() {
        Platform planted = Planting.edit("Deployment", "message-system",
                d -> Planting.object(d, "/spec/template/spec/securityContext").remove("seccompProfile"));

        assertThat(PodSecurityCheck.check(planted)).singleElement().asString()
                .contains("container message-system: seccompProfile is unset, expected RuntimeDefault");
    }

    @Test
    void reportsAContainerKeepingCapabilities() {
        Platform planted = Planting.edit("Deployment", "job-handler", d -> {
            Planting.container(d).with("securityContext").with("capabilities").putArray("drop").add("NET_RAW");
            Planting.container(d).with("securityContext").with("capabilities").putArray("add").add("SYS_ADMIN");
        });

        assertThat(PodSecurityCheck.check(planted)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("capabilities do not drop ALL"))
                .anySatisfy(p -> assertThat(p).contains("adds capability SYS_ADMIN"));
    }

    @Test
    void reportsAContainerOverridingThePodToRunAsRoot() {
        Platform planted = Planting.edit("Deployment", "activity-api", d -> Planting.container(d).with("securityContext")
                .put("runAsNonRoot", false).put("runAsUser", 0).put("allowPrivilegeEscalation", true));

        assertThat(PodSecurityCheck.check(planted)).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("runAsNonRoot is not true"))
                .anySatisfy(p -> assertThat(p).contains("runs as uid 0"))
                .anySatisfy(p -> assertThat(p).contains("allowPrivilegeEscalation is not false"));
    }

    @Test
    void reportsHostAccess() {
        Platform planted = Planting.edit("Deployment", "job-handler", d -> {
            Planting.object(d, "/spec/template/spec").put("hostNetwork", true);
            Planting.array(d, "/spec/template/spec/volumes").add(Planting.yaml("{name: host, hostPath: {path: /}}"));
        });

        assertThat(PodSecurityCheck.check(planted)).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("hostNetwork is not allowed"))
                .anySatisfy(p -> assertThat(p).contains("hostPath volume host"));
    }
}
