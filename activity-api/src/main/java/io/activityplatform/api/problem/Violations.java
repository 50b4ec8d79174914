package io.activityplatform.api.problem;

import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects every problem of a request before answering, so a client fixes all of them in one round trip
 * instead of discovering them one by one.
 */
public final class Violations {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** 400: the request itself is wrong (syntax, ranges, combinations). */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid(detail(), errors()));
        }
    }

    /** 422: the request is well-formed but refers to things that do not allow it (unknown computer, ...). */
    public void throwUnprocessableIfAny() {
        if (!errors.isEmpty()) {
            Problem base = Problem.of(422, "Unprocessable request", detail());
            throw new ProblemException(new Problem(base.type(), base.title(), 422, base.detail(), null, errors(),
                    base.properties()));
        }
    }

    private String detail() {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
