package io.activityplatform.service.rest;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts the typed path and query parameters of every resource of every service, so that a value that does
 * not convert answers 400 naming the parameter (the framework would answer a bare 404 for a path parameter and
 * a bare 400 for a query one). A parameter named {@code limit} is a page size: a whole number from 1 to
 * {@link PageLimits#CEILING}; each endpoint may refuse more above its own maximum.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, "must be a UUID", UUID::fromString);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) converter(name, "must be an ISO-8601 instant, e.g. 2026-01-31T12:00:00Z",
                    Instant::parse);
        }
        if ((rawType == Integer.class || rawType == int.class) && PageLimits.PARAMETER.equals(name)) {
            return (ParamConverter<T>) converter(name, PageLimits.RULE, PageLimits::parse);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "must be a whole number", s -> Integer.valueOf(s.trim()));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "must be a whole number", s -> Long.valueOf(s.trim()));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "must be true or false", ParameterConverters::bool);
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String rule, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, rule);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Boolean bool(String value) {
        return switch (value.trim().toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    /** The name the client used: {@code id} of {@code @PathParam("id")}; "parameter" when unannotated. */
    static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            } else if (a instanceof CookieParam c) {
                return c.value();
            } else if (a instanceof MatrixParam m) {
                return m.value();
            }
        }
        return "parameter";
    }
}
