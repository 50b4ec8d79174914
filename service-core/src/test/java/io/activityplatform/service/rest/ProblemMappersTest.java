package io.activityplatform.service.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad JSON leaves as a 400 problem naming the field, however Jackson or Quarkus reports it. */
class ProblemMappersTest {

    record Wait(String activityId, Instant until) {
    }

    record Request(String type, List<Wait> waits) {
    }

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ProblemMappers problems = new ProblemMappers();

    private JsonProcessingException parse(String json) {
        try {
            mapper.readValue(json, Request.class);
            throw new AssertionError("expected a parse error for " + json);
        } catch (JsonProcessingException e) {
            return e;
        }
    }

    private static Problem problemOf(Response response) {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        return (Problem) response.getEntity();
    }

    @Test
    void aValueOfTheWrongShapeNamesItsPath() {
        Problem problem = problemOf(problems.unreadableJson(parse("{\"waits\":[{},{\"until\":\"tomorrow\"}]}")));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("waits[1].until");
    }

    @Test
    void aMisspeltFieldIsAnUnknownField() {
        Problem problem = problemOf(problems.unreadableJson(parse("{\"tpye\":\"x\"}")));

        assertThat(problem.errors()).containsExactly(new Problem.FieldError("tpye", "unknown field"));
    }

    @Test
    void brokenJsonWrappedByTheFrameworkIsStillAProblemAboutTheBody() {
        WebApplicationException wrapped = new WebApplicationException(parse("{\"type\": "), 400);

        Problem problem = problemOf(problems.webApplication(wrapped));

        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("body");
    }

    @Test
    void otherWebErrorsKeepTheirStatus() {
        Response response = problems.webApplication(new WebApplicationException(404));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(((Problem) response.getEntity()).status()).isEqualTo(404);
    }
}
