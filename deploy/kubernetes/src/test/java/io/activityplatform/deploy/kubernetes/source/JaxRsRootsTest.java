package io.activityplatform.deploy.kubernetes.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JaxRsRootsTest {

    @Test
    void readsClassLevelPathsOnlyThroughOtherAnnotations() {
        String source = """
                @Path("/agent")
                @Produces(MediaType.APPLICATION_JSON)
                @Tag(name = "Agent protocol", description = "x")
                public class AgentResource {
                    @POST
                    @Path("/register")
                    public Uni<Response> register() { return null; }
                }
                """;

        assertThat(JaxRsRoots.inSource(source)).containsExactly("/agent");
    }

    @Test
    void findsTheRootsTheIngressesRouteTo() {
        assertThat(JaxRsRoots.of(Repository.service("message-system").sources())).contains("/agent");
        assertThat(JaxRsRoots.of(Repository.service("activity-api").sources()))
                .contains("/activities", "/computers", "/schedules", "/calendars");
    }
}
