package io.activityplatform.jobs.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ProgressReported;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.service.time.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Progress sequencing and buffering of a running execution, and the bounds of its final result. */
class ExecutionContextTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private record Sent(Integer percent, String output, long sequence) {
    }

    private final List<Sent> sent = new ArrayList<>();

    private ExecutionContext context(long alreadyReported) {
        UUID id = UUID.randomUUID();
        ActivityState state = ActivityFold.apply(null, new ActivityCreated(UUID.randomUUID(), id, T0,
                Actor.user("a"), "t", ActivityDefinition.of("ArchiveRequest", null, Map.of()),
                ActivityStatus.QUEUED)).state();
        state = ActivityFold.apply(state, new StatusChanged(UUID.randomUUID(), id, T0, Actor.service("job-handler"),
                "t", null, ActivityStatus.IN_PROGRESS, 1, null, null, null)).state();
        for (long s = 1; s <= alreadyReported; s++) {
            state = ActivityFold.apply(state, new ProgressReported(UUID.randomUUID(), id, T0, Actor.service("j"), "t",
                    null, "old\n", s, false)).state();
        }
        return new ExecutionContext(state, new MutableClock(T0), (activity, percent, output, sequence) -> {
            if (unavailable > 0) {
                unavailable--;
                throw new IllegalStateException("log unavailable");
            }
            sent.add(new Sent(percent, output, sequence));
        }, (task, delay) -> {
            assertThat(delay).isEqualTo(ExecutionContext.COALESCE);
            timers.add(task);
        });
    }

    /** Reports waiting on the timer; {@link #timerFires()} runs them as the timer would after the window. */
    private final List<Runnable> timers = new ArrayList<>();

    private void timerFires() {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    /** How many of the next sends fail, as with the broker restarting. */
    private int unavailable;

    @Test
    void aReportThatCannotBePublishedNeverFailsTheHandlerAndItsOutputGoesOutWithTheNext() {
        ExecutionContext context = context(2);
        unavailable = 2;

        context.log("during the restart");
        context.progress(30);
        timerFires();
        context.log("still down");
        context.progress(40);
        timerFires();
        context.log("back");
        context.progress(50);
        timerFires();

        assertThat(sent).containsExactly(new Sent(50, "during the restart\nstill down\nback\n", 3));
    }

    @Test
    void outputBufferedWhileTheLogIsUnavailableIsBounded() {
        ExecutionContext context = context(0);
        unavailable = Integer.MAX_VALUE;
        String line = "x".repeat(1023);
        for (int i = 0; i < 1024; i++) {
            context.log(line);
        }
        unavailable = 0;
        context.flush();

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.output()).startsWith(ExecutionContext.DROPPED);
            assertThat(s.output().length()).isLessThanOrEqualTo(ExecutionContext.MAX_BUFFERED_CHARS + 4096);
            assertThat(s.sequence()).isEqualTo(1);
        });
    }

    @Test
    void percentsWithinTheWindowAreCoalescedIntoOneReportWithTheOutput() {
        ExecutionContext context = context(0);

        context.log("one");
        context.progress(10);
        context.log("two");
        context.progress(140);
        assertThat(sent).as("nothing is sent before the window ends").isEmpty();
        timerFires();
        context.log("three");
        context.progress(70);
        timerFires();

        assertThat(sent).containsExactly(new Sent(100, "one\ntwo\n", 1), new Sent(70, "three\n", 2));
        assertThat(timers).isEmpty();
    }

    @Test
    void whatIsPendingWhenTheHandlerEndsGoesOutInOneReport() {
        ExecutionContext context = context(0);

        context.progress(60);
        context.log("report of 0 runs");
        context.flush();
        timerFires(); // the window ends after the flush: nothing is left to send

        assertThat(sent).containsExactly(new Sent(60, "report of 0 runs\n", 1));
    }

    @Test
    void aFullBufferIsSentAtOnceWithThePendingPercent() {
        ExecutionContext context = context(0);

        context.progress(5);
        context.log("y".repeat(5000));

        assertThat(sent).singleElement().satisfies(s -> assertThat(s.percent()).isEqualTo(5));
    }

    @Test
    void aResumedExecutionContinuesAfterTheSequenceAlreadyApplied() {
        ExecutionContext context = context(3);

        context.progress(20);
        timerFires();

        assertThat(sent).containsExactly(new Sent(20, null, 4));
    }

    @Test
    void onceStoppedNothingIsSentAndStopHooksRun() {
        ExecutionContext context = context(0);
        AtomicInteger hooks = new AtomicInteger();
        context.onStop(hooks::incrementAndGet);

        context.stop();
        context.onStop(hooks::incrementAndGet);
        context.log("late");
        context.progress(90);
        context.flush();
        timerFires();

        assertThat(sent).isEmpty();
        assertThat(hooks).hasValue(2);
        assertThatThrownBy(context::checkpoint).isInstanceOf(InterruptedException.class);
    }

    @Test
    void oversizedArtifactsFailTheActivityInsteadOfBeingCut() {
        String big = "x".repeat(ActivityResult.MAX_ARTIFACT_CHARS + 1);
        JobOutcome outcome = OutcomeBounds.apply(JobOutcome.succeeded(0, "report",
                List.of(new ActivityResult.Artifact("r.csv", "text/csv", big))));

        assertThat(outcome.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(outcome.error().code()).isEqualTo(OutcomeBounds.RESULT_TOO_LARGE);
        assertThat(outcome.result().artifacts()).isEmpty();
    }

    @Test
    void longTextsAreShortenedVisibly() {
        JobOutcome outcome = OutcomeBounds.apply(JobOutcome.succeeded("y".repeat(OutcomeBounds.MAX_TEXT_CHARS * 2)));

        assertThat(outcome.result().text()).hasSize(OutcomeBounds.MAX_TEXT_CHARS - 20 + "\n[... truncated]".length())
                .endsWith("[... truncated]");
    }
}
