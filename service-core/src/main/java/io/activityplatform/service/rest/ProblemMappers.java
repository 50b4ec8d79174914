package io.activityplatform.service.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.activityplatform.events.codec.IllegalEventException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.activityplatform.service.publishing.LogUnavailableException;
import jakarta.ws.rs.Priorities;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves as an RFC 9457 problem body that names the offending field where there is one. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    /** A command whose event the contract would reject: refused before it reaches the log, naming the field. */
    @ServerExceptionMapper
    public Response illegalEvent(IllegalEventException e) {
        return respond(Problem.invalid(e.field() + ": " + e.why(),
                List.of(new Problem.FieldError(e.field(), e.why()))));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(Problem.invalid(errors.stream().map(f -> f.field() + ": " + f.message())
                .collect(Collectors.joining("; ")), errors));
    }

    /**
     * A body that is not JSON, or a value of the wrong shape (a date that is not one, an unknown enum
     * constant, a misspelt field), answered with the offending field's path. Runs before Quarkus's own
     * mapper of {@link MismatchedInputException}, which names no field.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "body";
        String message = JsonErrors.messageOf(e);
        return respond(Problem.invalid(field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadableJson(e);
    }

    /** A path or query parameter that does not convert, named (see {@link ParameterConverters}). */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response invalidParameter(InvalidParameterException e) {
        return respond(e.problem());
    }

    /** Quarkus reports broken JSON as a bare 400 wrapping the parse error: name the field all the same. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        if (e.getCause() instanceof InvalidParameterException parameter) {
            return respond(parameter.problem());
        }
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(Problem.of(status, title == null ? "Error" : title, JsonErrors.withoutJavaNames(e.getMessage())));
    }

    /** The log is down or saturated: nothing was decided, the client may retry after a while. */
    @ServerExceptionMapper
    public Response logUnavailable(LogUnavailableException e) {
        LOG.warnf("Command not accepted, the log is unavailable: %s", e.getMessage());
        return Response.fromResponse(respond(Problem.of(503, "Service Unavailable",
                        "the event log is unavailable; retry later")))
                .header("Retry-After", Math.max(1, e.retryAfter().toSeconds())).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("Unexpected error", e);
        return respond(Problem.of(500, "Internal error", "the request could not be completed; see the server log"));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** {@code waitFor.until}, {@code computerIds[2]}; {@code body} when the error is not inside a field. */
    public static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /**
     * The name the client knows: "create.request.type" (method.parameter.field) becomes "type",
     * "save.id" (method.path parameter) becomes "id", "create.request.items[2].name" becomes "items[2].name".
     */
    static String fieldOf(jakarta.validation.Path path) {
        List<jakarta.validation.Path.Node> nodes = new java.util.ArrayList<>();
        path.forEach(nodes::add);
        int from = 0;
        while (from < nodes.size() - 1 && (nodes.get(from).getKind() == jakarta.validation.ElementKind.METHOD
                || nodes.get(from).getKind() == jakarta.validation.ElementKind.CONSTRUCTOR)) {
            from++;
        }
        if (from < nodes.size() - 1 && nodes.get(from).getKind() == jakarta.validation.ElementKind.PARAMETER) {
            from++;
        }
        StringBuilder field = new StringBuilder();
        for (jakarta.validation.Path.Node node : nodes.subList(from, nodes.size())) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
