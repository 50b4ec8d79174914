package io.activityplatform.service.rest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem body. {@code errors} names each offending field, so a client can point at it;
 * {@code properties} carries problem-specific members (e.g. the current status and allowed ones on a 409).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> properties) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(typeFor(title), title, status, detail, null, List.of(), Map.of());
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(typeFor("Invalid request"), "Invalid request", 400, detail, null, errors, Map.of());
    }

    public Problem with(String property, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(property, value);
        return new Problem(type, title, status, detail, instance, errors, more);
    }

    @JsonAnyGetter
    public Map<String, Object> any() {
        return properties;
    }

    private static String typeFor(String title) {
        return "urn:activityplatform:problem:" + title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
