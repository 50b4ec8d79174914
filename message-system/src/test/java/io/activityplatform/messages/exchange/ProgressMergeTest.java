package io.activityplatform.messages.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.MessageOutcome;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressMergeTest {

    private static final UUID OP = UUID.randomUUID();

    @Test
    void freshChunksBecomeOneEventWithTheHighestPercentAndTheLastSequence() {
        List<AgentMessage.Progress> group = List.of(chunk(1, 3, 10, "a"), chunk(2, 4, 40, "b"), chunk(3, 5, 30, "c"));

        ProgressMerge merge = ProgressMerge.of(group, 2, 100, 100);

        assertThat(merge.output()).isEqualTo("abc");
        assertThat(merge.percent()).isEqualTo(40);
        assertThat(merge.lastSequence()).isEqualTo(5);
        assertThat(merge.truncated()).isFalse();
    }

    @Test
    void chunksAlreadyAppliedAreDroppedAndReportedAsDuplicates() {
        List<AgentMessage.Progress> group = List.of(chunk(1, 1, null, "old"), chunk(2, 2, null, "new"));

        ProgressMerge merge = ProgressMerge.of(group, 1, 100, 100);

        assertThat(merge.output()).isEqualTo("new");
        assertThat(merge.outcomes(group)).extracting(MessageOutcome::outcome)
                .containsExactly(MessageOutcome.Outcome.IGNORED, MessageOutcome.Outcome.ACCEPTED);
        assertThat(ProgressMerge.of(List.of(chunk(1, 1, null, "x")), 1, 100, 100).isEmpty()).isTrue();
    }

    @Test
    void outputIsCutPerMessageAndPerActivityAndFlaggedTruncated() {
        ProgressMerge perMessage = ProgressMerge.of(List.of(chunk(1, 1, null, "x".repeat(50))), 0, 10, 100);
        ProgressMerge perActivity = ProgressMerge.of(List.of(chunk(1, 1, null, "abc"), chunk(2, 2, null, "def")),
                0, 10, 4);

        assertThat(perMessage.output()).hasSize(10);
        assertThat(perMessage.truncated()).isTrue();
        assertThat(perActivity.output()).isEqualTo("abcd");
        assertThat(perActivity.truncated()).isTrue();
        assertThat(perActivity.lastSequence()).isEqualTo(2);
    }

    @Test
    void illegalCharactersBecomeTheReplacementCharacterAndAreFlagged() {
        ProgressMerge merge = ProgressMerge.of(List.of(chunk(1, 1, null, "a\u0000b\u001b[0m\ud800"),
                chunk(2, 2, null, "ok\ud83d\ude00")), 0, 100, 100);

        assertThat(merge.output()).isEqualTo("a\ufffdb\ufffd[0m\ufffdok\ud83d\ude00");
        assertThat(merge.altered()).isTrue();
        assertThat(ProgressMerge.of(List.of(chunk(1, 1, null, "clean\ttext\n")), 0, 100, 100).altered()).isFalse();
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        ProgressMerge merge = ProgressMerge.of(List.of(chunk(1, 1, null, "ab\ud83d\ude00")), 0, 3, 100);

        assertThat(merge.output()).isEqualTo("ab");
        assertThat(merge.truncated()).isTrue();
    }

    private static AgentMessage.Progress chunk(long sequence, long chunk, Integer percent, String output) {
        return new AgentMessage.Progress(sequence, OP, chunk, percent, output, false);
    }
}
