package io.activityplatform.service.rest;

import jakarta.ws.rs.BadRequestException;
import java.util.List;

/**
 * A path, query or header parameter that does not convert. A {@link BadRequestException}, so the framework
 * passes it on untouched (it would turn any other conversion failure of a path parameter into a bare 404),
 * carrying the problem that names the parameter.
 */
public class InvalidParameterException extends BadRequestException {

    private final transient Problem problem;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.problem = Problem.invalid(parameter + ": " + message,
                List.of(new Problem.FieldError(parameter, message)));
    }

    public Problem problem() {
        return problem;
    }
}
