package io.activityplatform.deploy.kubernetes.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DockerfileTest {

    @Test
    void readsInstructionsJoiningContinuationsAndSkippingComments() {
        Dockerfile d = Dockerfile.parse("""
                # a comment
                ARG BASE=eclipse-temurin:17-jre
                FROM ${BASE}
                ENV JAVA_OPTS="-Xmx1g \\
                    -Dx=y"
                ENV OTHER=1
                EXPOSE 8081
                """);

        assertThat(d.envNames()).containsExactly("JAVA_OPTS", "OTHER");
        assertThat(d.arguments("ENV").get(0)).contains("-Dx=y");
        assertThat(d.resolve(d.arguments("FROM").get(0))).isEqualTo("eclipse-temurin:17-jre");
        assertThat(d.arguments("EXPOSE")).containsExactly("8081");
    }

    @Test
    void theRealImagesGiveTheirEntrypointJavaOpts() {
        for (String service : Repository.SERVICES) {
            assertThat(Dockerfile.read(Repository.dockerfile(service)).envNames()).containsExactly("JAVA_OPTS");
        }
    }
}
