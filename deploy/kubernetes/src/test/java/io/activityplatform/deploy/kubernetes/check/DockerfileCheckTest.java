package io.activityplatform.deploy.kubernetes.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.deploy.kubernetes.source.Dockerfile;
import org.junit.jupiter.api.Test;

class DockerfileCheckTest {

    private static final String GOOD = """
            ARG RUNTIME_IMAGE=eclipse-temurin:17-jre
            FROM ${RUNTIME_IMAGE}
            COPY target/quarkus-app/lib/ /deployments/lib/
            COPY target/quarkus-app/*.jar /deployments/
            COPY target/quarkus-app/app/ /deployments/app/
            COPY target/quarkus-app/quarkus/ /deployments/quarkus/
            EXPOSE 8083
            USER 185
            ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
            """;

    @Test
    void acceptsTheQuarkusJvmLayout() {
        assertThat(DockerfileCheck.check(plant(GOOD))).isEmpty();
    }

    @Test
    void reportsAnExposedPortOtherThanTheServices() {
        assertThat(DockerfileCheck.check(plant(GOOD.replace("EXPOSE 8083", "EXPOSE 8080"))))
                .singleElement().asString().contains("EXPOSE [8080] but quarkus.http.port is 8083");
    }

    @Test
    void reportsAMissingLayer() {
        assertThat(DockerfileCheck.check(plant(GOOD.replace("COPY target/quarkus-app/quarkus/ /deployments/quarkus/\n", ""))))
                .singleElement().asString().contains("does not COPY target/quarkus-app/quarkus/");
    }

    @Test
    void reportsARootOrNamedUser() {
        assertThat(DockerfileCheck.check(plant(GOOD.replace("USER 185", "USER jboss"))))
                .singleElement().asString().contains("must be a numeric non-root uid");
    }

    @Test
    void reportsABaseImageNamingARegistryHost() {
        assertThat(DockerfileCheck.check(plant(GOOD.replace("eclipse-temurin:17-jre", "images.example.com/jre:17"))))
                .singleElement().asString().contains("names a registry host");
    }

    private static Platform plant(String dockerfile) {
        return PlatformFixture.platform().withImage("job-handler", Dockerfile.parse(dockerfile));
    }
}
