package io.activityplatform.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressLinesTest {

    private final StringBuilder output = new StringBuilder();
    private final List<Integer> percents = new ArrayList<>();
    private final ProgressLines lines = new ProgressLines(output::append, percents::add);

    @Test
    void aProgressLineReportsItsPercentAndLeavesTheOutput() {
        lines.accept("working\n::progress 40\nstill working\n");
        lines.end();

        assertThat(percents).containsExactly(40);
        assertThat(output.toString()).isEqualTo("working\nstill working\n");
    }

    @Test
    void aProgressLineSplitAcrossReadsIsRecognised() {
        lines.accept("a\n::pro");
        lines.accept("gress 7");
        lines.accept("5\nb\n");

        assertThat(percents).containsExactly(75);
        assertThat(output.toString()).isEqualTo("a\nb\n");
    }

    @Test
    void ordinaryPartialLinesAreNotHeldBack() {
        lines.accept("downloading... ");

        assertThat(output.toString()).isEqualTo("downloading... ");
    }

    @Test
    void linesThatOnlyLookLikeProgressStayOutput() {
        lines.accept("::progress 140\n::progress forty\nsay ::progress 5\n  ::progress 5\n");
        lines.end();

        assertThat(percents).isEmpty();
        assertThat(output.toString()).isEqualTo("::progress 140\n::progress forty\nsay ::progress 5\n  ::progress 5\n");
    }

    @Test
    void aProgressLineWithoutItsNewlineAtTheEndCounts() {
        lines.accept("done\n::progress 100");
        lines.end();

        assertThat(percents).containsExactly(100);
        assertThat(output.toString()).isEqualTo("done\n");
    }

    @Test
    void aHeldPrefixThatEndsTheStreamIsOutput() {
        lines.accept("::prog");
        lines.end();

        assertThat(output.toString()).isEqualTo("::prog");
        assertThat(percents).isEmpty();
    }

    @Test
    void windowsLineEndsAreAccepted() {
        lines.accept("::progress 10\r\n");

        assertThat(percents).containsExactly(10);
        assertThat(output.toString()).isEmpty();
    }
}
