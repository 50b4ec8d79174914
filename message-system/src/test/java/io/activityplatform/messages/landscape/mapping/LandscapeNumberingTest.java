package io.activityplatform.messages.landscape.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.landscape.repository.LandscapeComputer;
import org.junit.jupiter.api.Test;

/** The client's sequence numbers and the core's agent sequences, both ways. */
class LandscapeNumberingTest {

    @Test
    void theOffsetMapsTheClientsFirstMessageAfterRegistrationToTheCoresFirst() {
        LandscapeComputer daemon = new LandscapeComputer("c", 1, 1, null, 2, 0, null, null, null, null);
        LandscapeComputer config = new LandscapeComputer("c", 1, 0, null, 0, 0, null, null, null, null);

        assertThat(daemon.coreSequence(1)).isEqualTo(1);
        assertThat(daemon.coreSequence(0)).isZero(); // the register message itself: below the core's first
        assertThat(daemon.clientSequence(daemon.coreSequence(41))).isEqualTo(41);
        assertThat(config.coreSequence(0)).isEqualTo(1);
        assertThat(config.clientSequence(1)).isZero();
    }
}
