package io.activityplatform.service.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A batch's statements are sent together ({@link ProjectionWriter#pipelined}); the transaction may only end
 * once each answered, and its failure must be the statement that broke it, not the "transaction aborted" of
 * the ones behind it: {@link BatchIsolation} decides from that failure whether a record can never be stored.
 */
class PipelinedWritesTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void sendsEveryWriteBeforeAnyAnswers() {
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Void> first = new CompletableFuture<>();
        List<Uni<Void>> writes = List.of(
                Uni.createFrom().completionStage(() -> { sent.incrementAndGet(); return first; }),
                Uni.createFrom().item(() -> { sent.incrementAndGet(); return null; }),
                Uni.createFrom().item(() -> { sent.incrementAndGet(); return null; }));

        CompletableFuture<Void> done = ProjectionWriter.pipelined(writes).subscribeAsCompletionStage().toCompletableFuture();

        assertThat(sent).as("all three sent while the first is unanswered").hasValue(3);
        assertThat(done).as("not done before every statement answered").isNotDone();
        first.complete(null);
        assertThat(done).succeedsWithin(WAIT);
    }

    @Test
    void failsWithTheFirstFailureInListOrderOnlyOnceAllAnswered() {
        IllegalStateException breaking = new IllegalStateException("value too long");
        IllegalStateException aborted = new IllegalStateException("current transaction is aborted");
        CompletableFuture<Void> slowBreaking = new CompletableFuture<>();
        CompletableFuture<Void> slowOk = new CompletableFuture<>();
        List<Uni<Void>> writes = List.of(
                Uni.createFrom().voidItem(),
                Uni.createFrom().completionStage(slowBreaking),
                Uni.createFrom().failure(aborted),
                Uni.createFrom().completionStage(slowOk));

        CompletableFuture<Void> done = ProjectionWriter.pipelined(writes).subscribeAsCompletionStage().toCompletableFuture();
        assertThat(done).as("a later statement's failure arrived first; the others still run").isNotDone();
        slowBreaking.completeExceptionally(breaking);
        assertThat(done).as("one statement still unanswered").isNotDone();
        slowOk.complete(null);

        assertThatThrownBy(() -> done.get(5, java.util.concurrent.TimeUnit.SECONDS)).hasCause(breaking);
    }

    @Test
    void nothingToWriteIsDoneAtOnce() {
        assertThat(ProjectionWriter.pipelined(List.of()).await().atMost(WAIT)).isNull();
    }
}
