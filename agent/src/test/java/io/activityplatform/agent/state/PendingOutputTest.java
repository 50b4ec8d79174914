package io.activityplatform.agent.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingOutputTest {

    private final PendingOutput pending = new PendingOutput();
    private final UUID op = UUID.randomUUID();

    @Test
    void outputWithinTheCapIsKeptAsIs() {
        pending.append(op, "hello ");
        pending.append(op, "world");

        PendingOutput.Taken taken = pending.take(op);

        assertThat(taken.text()).isEqualTo("hello world");
        assertThat(taken.truncated()).isFalse();
        assertThat(pending.take(op).text()).isEmpty();
    }

    @Test
    void outputBeyondTheCapIsCutOnceWithAMarkerHoweverMuchFollows() {
        String mib = "x".repeat(1024 * 1024);
        for (int i = 0; i < 20; i++) {
            pending.append(op, mib);
        }

        PendingOutput.Taken taken = pending.take(op);
        pending.append(op, "more");

        assertThat(taken.text()).hasSize(PendingOutput.MAX_OPERATION_CHARS + PendingOutput.MARKER.length())
                .endsWith(PendingOutput.MARKER);
        assertThat(taken.truncated()).isTrue();
        assertThat(pending.take(op).text()).as("nothing after the cut, even across exchanges").isEmpty();
    }

    @Test
    void theCapCountsAcrossExchanges() {
        pending.append(op, "y".repeat(PendingOutput.MAX_OPERATION_CHARS - 10));
        pending.take(op);

        pending.append(op, "z".repeat(100));

        assertThat(pending.take(op).text()).isEqualTo("z".repeat(10) + PendingOutput.MARKER);
    }

    @Test
    void aForgottenOperationHoldsNothing() {
        pending.append(op, "text");

        pending.forget(op);

        assertThat(pending.operations()).isEmpty();
    }
}
