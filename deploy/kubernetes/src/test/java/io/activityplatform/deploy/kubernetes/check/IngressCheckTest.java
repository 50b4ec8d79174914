package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngressCheckTest {

    @Test
    void messageSystemIsRoutedOnlyForItsAgentEndpoints() {
        Platform real = PlatformFixture.platform();

        assertThat(real.service("message-system").restRoots()).contains("/agent");
        assertThat(real.manifests().baseResource("Ingress", "message-system").orElseThrow()
                .doc().findValuesAsText("path")).containsExactly("/agent");
    }

    @Test
    void reportsARouteTheServiceDoesNotServe() {
        Platform planted = Planting.edit("Ingress", "activity-api",
                i -> Planting.object(i, "/spec/rules/0/http/paths/0").put("path", "/activity"));

        assertThat(IngressCheck.check(planted)).singleElement().asString()
                .contains("path /activity").contains("declares no REST resource under it");
    }

    @Test
    void reportsAnExposedAdminPath() {
        Platform planted = Planting.edit("Ingress", "message-system",
                i -> Planting.object(i, "/spec/rules/0/http/paths/0").put("path", "/admin/projection"));

        assertThat(IngressCheck.check(planted)).anySatisfy(p -> assertThat(p).contains("exposes internal endpoints"));
    }

    @Test
    void reportsABackendPortTheServiceLacks() {
        Platform planted = Planting.edit("Ingress", "message-system", i -> Planting.object(i,
                "/spec/rules/0/http/paths/0/backend/service/port").put("name", "agents"));

        assertThat(IngressCheck.check(planted)).singleElement().asString().contains("has no port");
    }

    @Test
    void reportsAServiceLeftWithoutAnIngress() {
        Platform planted = Planting.withoutBase("Ingress", "message-system");

        assertThat(IngressCheck.check(planted)).containsExactly("no Ingress routes to message-system");
    }
}
