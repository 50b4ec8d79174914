package io.activityplatform.service.reactive;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Asynchronous steps over a list, one after another, flat on the stack.
 *
 * <p>Why not {@code chain = chain.flatMap(..)} in a loop: that nests one operator per item, and subscribing
 * or completing the chain recurses through all of them. A thousand steps overflowed a 512 KB stack; Mutiny
 * then drops the error and the request or exchange waits forever. Lists here come from agents and from the
 * view (an exchange's messages, a computer's cancels), so their length is not ours to pick. Concatenation
 * drains in a loop instead.
 */
public final class InTurn {

    private InTurn() {
    }

    /** Runs {@code step} for each item in turn; the results in the items' order. A null result is left out. */
    public static <T, R> Uni<List<R>> each(Collection<T> items, Function<T, Uni<R>> step) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Multi.createFrom().iterable(items).onItem().<R>transformToUniAndConcatenate(step::apply)
                .collect().asList();
    }

    /** Runs {@code step} for each item in turn, for its effect. */
    public static <T> Uni<Void> run(Collection<T> items, Function<T, Uni<?>> step) {
        return each(items, step::apply).replaceWithVoid();
    }

    /** Runs {@code step} for each item in turn; how many answered true. */
    public static <T> Uni<Integer> count(Collection<T> items, Function<T, Uni<Boolean>> step) {
        return each(items, step).map(answers -> (int) answers.stream().filter(Boolean.TRUE::equals).count());
    }
}
