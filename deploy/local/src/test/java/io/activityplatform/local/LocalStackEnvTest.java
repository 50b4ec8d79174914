package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each service of the local stack is told beyond Kafka and PostgreSQL, and the local agent's account. */
class LocalStackEnvTest {

    private static final Path DATA = Path.of("/data/.local-data");
    private static final Path SETTINGS = DATA.resolve("message-system.properties");
    private static final Path KEY = DATA.resolve(SigningKeys.PUBLIC_FILE);

    @Test
    void everyServiceVerifiesTokensWithTheStacksPublicKey() {
        for (String name : List.of("activity-api", "message-system", "job-handler", "some-future-service")) {
            assertThat(env(name)).containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", KEY.toUri().toString());
        }
    }

    @Test
    void eachServiceGetsOnlyItsOwnExtraSetting() {
        assertThat(env("message-system")).containsOnlyKeys("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "QUARKUS_CONFIG_LOCATIONS").containsEntry("QUARKUS_CONFIG_LOCATIONS", SETTINGS.toUri().toString());
        assertThat(env("activity-api")).containsOnlyKeys("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "CONSOLE_MESSAGE_SYSTEM_URL").containsEntry("CONSOLE_MESSAGE_SYSTEM_URL", "http://localhost:8082");
        assertThat(env("job-handler")).containsOnlyKeys("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "JOBS_DATA_DIRECTORY");
        assertThat(env("some-future-service")).containsOnlyKeys("MP_JWT_VERIFY_PUBLICKEY_LOCATION");
    }

    @Test
    void theLocalAgentsAccountIsConfiguredWithTheKeyTheAgentRegistersWith() {
        assertThat(LocalAgent.messageSystemSettings())
                .contains("messages.accounts." + LocalAgent.ACCOUNT + ".registration-key="
                        + LocalAgent.REGISTRATION_KEY);
    }

    private static Map<String, String> env(String name) {
        return LocalStack.env(new ServiceLauncher.Service(name, name, name.replace('-', '_'), 1), SETTINGS, DATA,
                KEY, "http://localhost:8082");
    }
}
