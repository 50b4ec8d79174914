package io.activityplatform.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.activityplatform.events.codec.IllegalEventException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * The RFC 9457 body every error leaves as: its JSON members, field names the client knows (never Java
 * method or parameter names), and a 500 that tells nothing about the server's internals.
 */
class ProblemBodyTest {

    public record Item(@NotBlank String name) {
    }

    public record Request(@NotBlank String type, @Size(max = 2) List<@NotBlank String> tags,
            List<@jakarta.validation.Valid Item> items) {
    }

    public static class Resource {
        public void create(@jakarta.validation.Valid Request request) {
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final ProblemMappers problems = new ProblemMappers();
    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aProblemIsSerializedWithItsPropertiesFlatAndEmptyMembersLeftOut() throws Exception {
        Problem conflict = Problem.of(409, "Conflict", "the activity is not QUEUED").with("currentStatus", "SUCCEEDED");

        JsonNode body = json.readTree(json.writeValueAsString(conflict));

        assertThat(body.path("type").asText()).isEqualTo("urn:activityplatform:problem:conflict");
        assertThat(body.path("title").asText()).isEqualTo("Conflict");
        assertThat(body.path("status").asInt()).isEqualTo(409);
        assertThat(body.path("detail").asText()).isEqualTo("the activity is not QUEUED");
        assertThat(body.path("currentStatus").asText()).isEqualTo("SUCCEEDED");
        assertThat(body.has("properties")).isFalse();
        assertThat(body.has("errors")).isFalse();
        assertThat(body.has("instance")).isFalse();
    }

    @Test
    void theTypeIsDerivedFromTheTitleAndWithLeavesTheOriginalAlone() {
        Problem tooLarge = Problem.of(413, "Content too large", "x");

        Problem more = tooLarge.with("limit", 10);

        assertThat(tooLarge.type()).isEqualTo("urn:activityplatform:problem:content-too-large");
        assertThat(tooLarge.any()).isEmpty();
        assertThat(more.any()).containsEntry("limit", 10);
        assertThat(Problem.invalid("d", List.of()).type()).isEqualTo("urn:activityplatform:problem:invalid-request");
    }

    @Test
    void anUnexpectedErrorIsA500ThatRevealsNothing() {
        Response response = problems.unexpected(new IllegalStateException("connection to db:5432 as admin failed"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(((Problem) response.getEntity()).detail()).doesNotContain("db:5432", "admin", "IllegalState");
    }

    @Test
    void anEventTheContractWouldRejectIsA400NamingTheEventField() {
        Response response = problems.illegalEvent(new IllegalEventException(
                "definition.parameters.code: illegal character U+0000 at index 4"));

        Problem problem = (Problem) response.getEntity();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("definition.parameters.code",
                "illegal character U+0000 at index 4"));
    }

    @Test
    void constraintViolationsNameTheFieldsAsTheClientSentThem() throws Exception {
        Method create = Resource.class.getMethod("create", Request.class);
        Request bad = new Request(" ", List.of("a", "", "c"), List.of(new Item("ok"), new Item("")));

        var violations = validator.forExecutables().validateParameters(new Resource(), create, new Object[] {bad});
        Problem problem = (Problem) problems.constraintViolation(new ConstraintViolationException(violations))
                .getEntity();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactly("items[1].name", "tags", "tags[1]", "type"); // sorted, no "create.request."
        assertThat(problem.detail()).contains("type: ").doesNotContain("create", "arg0");
    }

    @Test
    void anInvalidParameterWrappedByTheFrameworkKeepsItsProblem() {
        WebApplicationException wrapped = new WebApplicationException(
                new InvalidParameterException("after", "must be an ISO-8601 instant"), 404);

        Problem problem = (Problem) problems.webApplication(wrapped).getEntity();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).containsExactly(new Problem.FieldError("after", "must be an ISO-8601 instant"));
    }

    @Test
    void otherFrameworkErrorsKeepTheirStatusAndReasonAsTitle() {
        Response response = problems.webApplication(new NotFoundException("HTTP 404 Not Found"));

        Problem problem = (Problem) response.getEntity();
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("Not Found");
        assertThat(problem.type()).isEqualTo("urn:activityplatform:problem:not-found");
    }
}
