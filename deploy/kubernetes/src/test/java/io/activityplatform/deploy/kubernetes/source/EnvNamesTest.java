package io.activityplatform.deploy.kubernetes.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvNamesTest {

    @Test
    void upperCasesAndTurnsDotsAndDashesIntoUnderscores() {
        assertThat(EnvNames.toEnv("kafka.bootstrap.servers")).isEqualTo("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(EnvNames.toEnv("activity-api.max-page-size")).isEqualTo("ACTIVITY_API_MAX_PAGE_SIZE");
        assertThat(EnvNames.toEnv("messages.accounts.\"dev\".title")).isEqualTo("MESSAGES_ACCOUNTS__DEV__TITLE");
    }

    @Test
    void aMapKeySegmentMatchesPlainAndQuotedKeysButNotItsAbsence() {
        var pattern = EnvNames.envPattern("messages.accounts.*.registration-key");

        assertThat(pattern.matcher("MESSAGES_ACCOUNTS__DEV__REGISTRATION_KEY").matches()).isTrue();
        assertThat(pattern.matcher("MESSAGES_ACCOUNTS_DEV_REGISTRATION_KEY").matches()).isTrue();
        assertThat(pattern.matcher("MESSAGES_ACCOUNTS_REGISTRATION_KEY").matches()).isFalse();
        assertThat(pattern.matcher("MESSAGES_ACCOUNTS_DEV_REGISTRATION_KEYS").matches()).isFalse();
    }

    @Test
    void propertyPatternsMatchOneKeySegment() {
        assertThat(EnvNames.matchesProperty("messages.accounts.*.title", "messages.accounts.dev.title")).isTrue();
        assertThat(EnvNames.matchesProperty("messages.accounts.*.title", "messages.accounts.\"a.b\".title")).isTrue();
        assertThat(EnvNames.matchesProperty("messages.accounts.*.title", "messages.accounts.title")).isFalse();
        assertThat(EnvNames.matchesProperty("quarkus.http.port", "quarkus.http.ports")).isFalse();
    }
}
