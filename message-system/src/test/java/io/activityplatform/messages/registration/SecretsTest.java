package io.activityplatform.messages.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void secretsAreLongUrlSafeAndDistinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String secret = Secrets.generate();
            assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(seen.add(secret)).isTrue();
        }
    }

    @Test
    void aSecretMatchesOnlyItsOwnHash() {
        String secret = Secrets.generate();
        String hash = Secrets.hash(secret);

        assertThat(hash).hasSize(64).doesNotContain(secret);
        assertThat(Secrets.matches(secret, hash)).isTrue();
        assertThat(Secrets.matches(Secrets.generate(), hash)).isFalse();
        assertThat(Secrets.matches(null, hash)).isFalse();
        assertThat(Secrets.matches(secret, null)).isFalse();
    }
}
