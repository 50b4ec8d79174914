package io.activityplatform.api.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemMappers;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON body that cannot be read as an RFC 9457 problem naming the field. Quarkus answers these itself
 * before service-core's {@code JsonProcessingException} mapper is asked: a value of the wrong shape (a date
 * that is not one, an unknown enum constant, a misspelt field) through a built-in mapper of
 * {@link MismatchedInputException}, and broken JSON as a bare {@code WebApplicationException(400)} wrapping
 * the parse error. Both are taken over here; other web exceptions keep service-core's mapping.
 */
public class JsonInputProblemMapper {

    private final ProblemMappers problems = new ProblemMappers();

    /** Runs before service-core's WebApplicationException mapper (a lower number is a higher priority). */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unreadableBody(WebApplicationException e) {
        if (e.getResponse().getStatus() == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json instanceof MismatchedInputException mismatch ? mismatchedInput(mismatch)
                    : problems.unreadableJson(json);
        }
        return problems.webApplication(e);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        String field = pathOf(e);
        String message = e instanceof UnrecognizedPropertyException ? "unknown field" : firstLine(e.getOriginalMessage());
        return ProblemMappers.respond(Problem.invalid(field + ": " + message,
                List.of(new Problem.FieldError(field, message))));
    }

    /** {@code waitFor.until}, {@code computerIds[2]}; {@code body} when the error is not inside a field. */
    static String pathOf(JsonMappingException e) {
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

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable value";
        }
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
