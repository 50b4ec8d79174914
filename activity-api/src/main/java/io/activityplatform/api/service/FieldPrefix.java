package io.activityplatform.api.service;

import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.CompositeException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A batch reports the problems of its items as one problem whose errors name each item's field
 * ({@code activities[3].computerId}), so a client fixes all of them in one round trip.
 */
public final class FieldPrefix {

    private FieldPrefix() {
    }

    /** The same problem with every field error's name prefixed. */
    public static ProblemException prefixed(ProblemException e, String prefix) {
        Problem p = e.problem();
        if (prefix.isEmpty()) {
            return e;
        }
        List<Problem.FieldError> errors = p.errors() == null ? List.of() : p.errors().stream()
                .map(f -> new Problem.FieldError(prefix + f.field(), f.message())).toList();
        String detail = errors.isEmpty() ? prefix + " " + p.detail()
                : errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return new ProblemException(new Problem(p.type(), p.title(), p.status(), detail, p.instance(), errors,
                p.properties()));
    }

    /**
     * One problem from several items' failures: the lowest status wins (a 400 before a 422: the request must be
     * fixed first), with the field errors of every problem of that status. A failure that is not a problem is
     * rethrown as is: it is not the client's to fix.
     */
    public static Throwable merged(Throwable failure) {
        List<Throwable> causes = failure instanceof CompositeException c ? c.getCauses() : List.of(failure);
        List<ProblemException> problems = new ArrayList<>();
        for (Throwable cause : causes) {
            if (!(cause instanceof ProblemException p)) {
                return cause;
            }
            problems.add(p);
        }
        int status = problems.stream().map(p -> p.problem().status()).min(Comparator.naturalOrder()).orElseThrow();
        List<ProblemException> chosen = problems.stream().filter(p -> p.problem().status() == status).toList();
        if (chosen.size() == 1) {
            return chosen.get(0);
        }
        Problem first = chosen.get(0).problem();
        List<Problem.FieldError> errors = chosen.stream()
                .flatMap(p -> p.problem().errors() == null ? java.util.stream.Stream.empty()
                        : p.problem().errors().stream())
                .toList();
        String detail = chosen.stream().map(p -> p.problem().detail()).collect(Collectors.joining("; "));
        return new ProblemException(new Problem(first.type(), first.title(), status, detail, null, errors,
                first.properties()));
    }
}
