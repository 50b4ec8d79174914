package io.activityplatform.service.rest;

/** Thrown by services to answer with a specific problem; mapped to its status and JSON body. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(404, "Not found", what));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid(field + ": " + message,
                java.util.List.of(new Problem.FieldError(field, message))));
    }
}
