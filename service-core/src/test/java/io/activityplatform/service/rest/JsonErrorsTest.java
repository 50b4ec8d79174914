package io.activityplatform.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.executable.ExecutableValidator;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Messages say the JSON a client must send, never a Java class; validation paths carry no method prefix. */
class JsonErrorsTest {

    enum Until { DONE, PROGRESS }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes(@JsonSubTypes.Type(value = Condition.After.class, name = "after"))
    sealed interface Condition {
        record After(Instant at) implements Condition {
        }
    }

    record Request(UUID id, Instant at, int count, boolean flag, List<String> names, Until until,
            Condition condition) {
    }

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private String messageFor(String json) {
        try {
            mapper.readValue(json, Request.class);
        } catch (JsonProcessingException e) {
            String message = JsonErrors.messageOf(e);
            assertThat(message).doesNotContainPattern("[a-z]\\.[A-Z]|\\$|Exception|Request|Condition|java");
            return message;
        }
        throw new AssertionError("accepted " + json);
    }

    @Test
    void eachMessageNamesTheJsonTypeExpected() {
        assertThat(messageFor("{\"id\":\"x\"}")).isEqualTo("expected a UUID string");
        assertThat(messageFor("{\"at\":\"tomorrow\"}")).startsWith("expected an ISO-8601 date-time");
        assertThat(messageFor("{\"count\":\"many\"}")).isEqualTo("expected a whole number");
        assertThat(messageFor("{\"flag\":\"yes\"}")).isEqualTo("expected true or false");
        assertThat(messageFor("{\"names\":\"a\"}")).isEqualTo("expected an array");
        assertThat(messageFor("{\"until\":\"SOON\"}")).isEqualTo("expected one of DONE, PROGRESS");
        assertThat(messageFor("{\"condition\":{\"kind\":\"before\"}}")).isEqualTo("unknown type 'before'");
        assertThat(messageFor("{\"condition\":{\"kind\":\"after\",\"at\":[]}}")).startsWith("expected an ISO");
        assertThat(messageFor("[1]")).isEqualTo("expected an object");
        assertThat(messageFor("{\"colour\":1}")).isEqualTo("unknown field");
        assertThat(messageFor("{\"id\":")).doesNotContain("\n");
    }

    @Test
    void javaNamesAreRemovedFromAnyText() {
        assertThat(JsonErrors.withoutJavaNames("Cannot construct `io.platform.api.CreateActivityRequest` here"))
                .doesNotContain("io.platform").doesNotContain("CreateActivityRequest");
        assertThat(JsonErrors.withoutJavaNames("bad WaitCondition$Until value")).doesNotContain("$");
        assertThat(JsonErrors.withoutJavaNames("at index 3")).isEqualTo("at index 3");
    }

    static class Accounts {
        @SuppressWarnings("unused")
        void save(@Pattern(regexp = "[a-z]+") String id, Request request) {
        }
    }

    @Test
    void aPathParameterIsNamedWithoutItsMethod() throws Exception {
        ExecutableValidator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator().forExecutables();
        Method save = Accounts.class.getDeclaredMethod("save", String.class, Request.class);
        Set<ConstraintViolation<Accounts>> violations = validator.validateParameters(new Accounts(), save,
                new Object[] {"UPPER", null});

        assertThat(violations).extracting(v -> ProblemMappers.fieldOf(v.getPropertyPath())).containsExactly("id");
    }
}
