package io.activityplatform.service.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.service.testing.SmallStack;
import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BoundedLookupsTest {

    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    @Test
    void manyLookupsThatAnswerAtOnceDoNotNestOnTheStack() throws Exception {
        // a small stack, like a busy event loop's remaining one: nesting per item would overflow it
        List<Uni<Integer>> lookups = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            lookups.add(Uni.createFrom().item(i));
        }
        Object outcome = SmallStack.run(() -> BoundedLookups.all(lookups, 16).await().atMost(Duration.ofSeconds(20)));

        assertThat(outcome).isInstanceOf(List.class);
        @SuppressWarnings("unchecked")
        List<Integer> answers = (List<Integer>) outcome;
        assertThat(answers).hasSize(20_000);
        assertThat(answers.get(19_999)).isEqualTo(19_999);
    }

    @Test
    void answersKeepTheItemsOrderWhateverOrderTheyArriveIn() {
        List<Uni<String>> lookups = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int item = i;
            lookups.add(later("item-" + item, (40 - item) % 7));
        }

        List<String> answers = BoundedLookups.all(lookups, 8).await().atMost(Duration.ofSeconds(10));

        assertThat(answers).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(answers.get(i)).isEqualTo("item-" + i);
        }
    }

    @Test
    void atMostTheBoundRunAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Uni<Integer>> lookups = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int item = i;
            lookups.add(Uni.createFrom().deferred(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                return later(item, 3).invoke(running::decrementAndGet);
            }));
        }

        assertThat(BoundedLookups.all(lookups, 5).await().atMost(Duration.ofSeconds(10))).hasSize(60);
        assertThat(most.get()).isBetween(2, 5);
    }

    @Test
    void everyFailureIsCollectedInTheItemsOrderAndTheOthersStillRun() {
        AtomicInteger ran = new AtomicInteger();
        List<Uni<Integer>> lookups = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int item = i;
            Uni<Integer> lookup = item % 10 == 3
                    ? later(item, (30 - item) % 5).onItem().failWith(x -> new IllegalStateException("bad " + x))
                    : later(item, item % 4);
            lookups.add(lookup.invoke(ran::incrementAndGet));
        }

        assertThatThrownBy(() -> BoundedLookups.all(lookups, 4).await().atMost(Duration.ofSeconds(10)))
                .isInstanceOfSatisfying(CompositeException.class, e -> assertThat(e.getCauses())
                        .extracting(Throwable::getMessage).containsExactly("bad 3", "bad 13", "bad 23"));
        assertThat(ran.get()).isEqualTo(27);
    }

    @Test
    void aSingleFailureIsRethrownAsItIs() {
        IllegalArgumentException only = new IllegalArgumentException("only");
        List<Uni<Integer>> lookups = List.of(Uni.createFrom().item(1), Uni.createFrom().failure(only),
                Uni.createFrom().item(3));

        assertThatThrownBy(() -> BoundedLookups.all(lookups, 2).await().atMost(Duration.ofSeconds(10)))
                .isSameAs(only);
    }

    @Test
    void noLookupsIsAnEmptyAnswer() {
        assertThat(BoundedLookups.all(List.<Uni<String>>of(), 4).await().atMost(Duration.ofSeconds(1))).isEmpty();
    }

    private <T> Uni<T> later(T value, long millis) {
        CompletableFuture<T> future = new CompletableFuture<>();
        timer.schedule(() -> future.complete(value), millis, TimeUnit.MILLISECONDS);
        return Uni.createFrom().completionStage(future);
    }
}
