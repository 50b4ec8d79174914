package io.activityplatform.service.rest;

import io.activityplatform.events.codec.LegalText;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every public endpoint of every service refuses illegal text (docs/events.md, "Legal values") in path
 * parameters, query parameters and headers with a 400 naming the parameter, before any of it reaches a
 * query or an event. Runs after matching, so path parameters have their names; bodies are checked by
 * {@link LegalTextModule} while they are read.
 */
public class LegalTextFilter {

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, UriInfo uri) {
        Problem.FieldError bad = firstIllegal(uri.getPathParameters(), "");
        if (bad == null) {
            bad = firstIllegal(uri.getQueryParameters(), "");
        }
        if (bad == null) {
            bad = firstIllegal(request.getHeaders(), "header ");
        }
        return bad == null ? null : ProblemMappers.respond(Problem.invalid(bad.field() + ": " + bad.message(),
                List.of(bad)));
    }

    /** The first parameter whose name or a value is not legal text; null when all are legal. */
    static Problem.FieldError firstIllegal(MultivaluedMap<String, String> parameters, String prefix) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            String why = LegalText.describe(name);
            if (why != null) {
                return new Problem.FieldError(prefix + LegalText.sanitize(name), "name has " + why);
            }
            for (String value : parameter.getValue()) {
                why = LegalText.describe(value);
                if (why != null) {
                    return new Problem.FieldError(prefix + name, why);
                }
            }
        }
        return null;
    }
}
