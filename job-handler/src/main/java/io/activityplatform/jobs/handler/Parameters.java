package io.activityplatform.jobs.handler;

import io.activityplatform.events.type.ActivityType;
import io.activityplatform.events.type.ParameterViolation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A server activity's parameters, checked against its type's schema before a handler trusts them: the fold
 * does not validate parameters, and an event may come from any producer.
 */
public final class Parameters {

    public static final String INVALID_PARAMETERS = "INVALID_PARAMETERS";

    private final Map<String, Object> values;

    private Parameters(Map<String, Object> values) {
        this.values = values;
    }

    /** The parameters if valid for the type, else the FAILED outcome naming every offending field. */
    public static Validated validate(ActivityType type, JobContext context) {
        Map<String, Object> values = context.parameters();
        List<ParameterViolation> violations = type.schema().validate(values);
        if (violations.isEmpty()) {
            return new Validated(new Parameters(values), null);
        }
        String message = violations.stream().map(v -> "parameters." + v.field() + ": " + v.message())
                .collect(Collectors.joining("; "));
        return new Validated(null, JobOutcome.failed(INVALID_PARAMETERS, message));
    }

    /** Either parameters or the outcome that rejects them. */
    public record Validated(Parameters parameters, JobOutcome rejection) {
        public boolean valid() {
            return rejection == null;
        }
    }

    public Optional<String> string(String name) {
        return Optional.ofNullable(values.get(name)).map(String::valueOf);
    }

    public Optional<Integer> integer(String name) {
        return Optional.ofNullable(values.get(name)).map(v -> ((Number) v).intValue());
    }

    public List<String> strings(String name) {
        Object value = values.get(name);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }
}
