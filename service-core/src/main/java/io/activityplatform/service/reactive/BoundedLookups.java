package io.activityplatform.service.reactive;

import io.smallrye.mutiny.CompositeException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A batch's per-item lookups, at most {@code inFlight} at a time, answered in the items' order with every
 * failure collected (in the items' order too, so a merged 4xx names fields deterministically).
 *
 * <p>Why not {@code Uni.join().all(..).usingConcurrencyOf(..)}: it subscribes the next lookup from inside the
 * previous one's completion, so lookups that complete at once (an item with nothing to look up) nest one
 * stack frame group per item; 500 of them overflowed the event loop's stack, Mutiny dropped the error and the
 * request never got an answer. {@link Multi#merge} drains in a loop instead, whatever the batch size.
 */
public final class BoundedLookups {

    private BoundedLookups() {
    }

    public static <T> Uni<List<T>> all(List<Uni<T>> lookups, int inFlight) {
        int n = lookups.size();
        AtomicReferenceArray<T> items = new AtomicReferenceArray<>(n);
        AtomicReferenceArray<Throwable> failures = new AtomicReferenceArray<>(n);
        return Multi.createFrom().range(0, n)
                .onItem().transformToUni(i -> lookups.get(i)
                        .onItem().invoke(item -> items.set(i, item))
                        .onFailure().invoke(failure -> failures.set(i, failure))
                        .onFailure().recoverWithNull()
                        .replaceWith(i))
                .merge(inFlight)
                .collect().last()
                .map(last -> inOrder(items, failures));
    }

    private static <T> List<T> inOrder(AtomicReferenceArray<T> items, AtomicReferenceArray<Throwable> failures) {
        List<Throwable> failed = new ArrayList<>();
        List<T> answered = new ArrayList<>(items.length());
        for (int i = 0; i < items.length(); i++) {
            if (failures.get(i) != null) {
                failed.add(failures.get(i));
            }
            answered.add(items.get(i));
        }
        if (failed.size() == 1) {
            throw propagate(failed.get(0));
        }
        if (!failed.isEmpty()) {
            throw new CompositeException(failed);
        }
        return answered;
    }

    private static RuntimeException propagate(Throwable failure) {
        if (failure instanceof RuntimeException r) {
            return r;
        }
        return new CompositeException(List.of(failure));
    }
}
