package io.activityplatform.service.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.service.testing.SmallStack;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InTurnTest {

    private static final Duration MAX = Duration.ofSeconds(20);
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void twentyThousandStepsThatAnswerAtOnceRunOnASmallStack() throws Exception {
        List<Integer> items = IntStream.range(0, 20_000).boxed().toList();
        Object outcome = SmallStack.run(() -> InTurn.each(items, i -> Uni.createFrom().item(i * 2)).await()
                .atMost(MAX));

        assertThat(outcome).isInstanceOf(List.class);
        @SuppressWarnings("unchecked")
        List<Integer> answers = (List<Integer>) outcome;
        assertThat(answers).hasSize(20_000).endsWith(39_998);
    }

    @Test
    void stepsRunOneAfterAnotherInTheItemsOrder() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> started = new ArrayList<>();

        List<String> answers = InTurn.each(List.of(5, 1, 4, 2, 3), i -> Uni.createFrom().deferred(() -> {
            started.add(i);
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            return later("step " + i, i).invoke(running::decrementAndGet);
        })).await().atMost(MAX);

        assertThat(answers).containsExactly("step 5", "step 1", "step 4", "step 2", "step 3");
        assertThat(started).containsExactly(5, 1, 4, 2, 3);
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void aFailedStepStopsTheRestAndFailsTheWhole() {
        List<Integer> ran = new ArrayList<>();

        assertThatThrownBy(() -> InTurn.each(List.of(1, 2, 3, 4), i -> {
            ran.add(i);
            return i == 2 ? Uni.createFrom().<Integer>failure(new IllegalStateException("step 2"))
                    : Uni.createFrom().item(i);
        }).await().atMost(MAX)).hasMessage("step 2");
        assertThat(ran).containsExactly(1, 2);
    }

    @Test
    void countIsHowManyAnsweredTrue() {
        assertThat(InTurn.count(List.of(1, 2, 3, 4, 5, 6), i -> Uni.createFrom().item(i % 3 == 0))
                .await().atMost(MAX)).isEqualTo(2);
        assertThat(InTurn.count(List.<Integer>of(), i -> Uni.createFrom().item(true)).await().atMost(MAX))
                .isZero();
    }

    private <T> Uni<T> later(T value, long millis) {
        CompletableFuture<T> future = new CompletableFuture<>();
        timer.schedule(() -> future.complete(value), millis, TimeUnit.MILLISECONDS);
        return Uni.createFrom().completionStage(future);
    }
}
