package io.activityplatform.events.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Applies a rule to every candidate of a scan, one at a time: a candidate that makes the rule throw (a state
 * no rule foresaw) is reported and skipped, never stopping the decisions on the others.
 */
public final class Decisions {

    private Decisions() {
    }

    public static <T, R> List<R> decide(List<T> candidates, Function<T, Optional<R>> rule,
            BiConsumer<T, RuntimeException> onFailure) {
        List<R> decided = new ArrayList<>(candidates.size());
        for (T candidate : candidates) {
            try {
                rule.apply(candidate).ifPresent(decided::add);
            } catch (RuntimeException e) {
                onFailure.accept(candidate, e);
            }
        }
        return decided;
    }
}
