package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Test brokers start often and live briefly (C1 only); the local stack's and the benchmark's broker runs as a
 * user's does, with the optimizing compiler: the benchmark must not charge the platform for a test setting.
 */
class KafkaJvmOptionsTest {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @Test
    void aTestBrokerCompilesWithC1Only() {
        assertThat(KafkaLauncher.jvmOptions(false)).contains(C1_ONLY).contains("-Xmx512m");
    }

    @Test
    void aLongRunningBrokerCompilesFully() {
        assertThat(KafkaLauncher.jvmOptions(true)).doesNotContain(C1_ONLY).contains("-Xmx512m");
    }
}
