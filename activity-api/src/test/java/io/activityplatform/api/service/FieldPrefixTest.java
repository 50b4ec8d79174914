package io.activityplatform.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.CompositeException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldPrefixTest {

    static ProblemException problem(int status, String... fields) {
        List<Problem.FieldError> errors = java.util.Arrays.stream(fields)
                .map(f -> new Problem.FieldError(f, "bad " + f)).toList();
        return new ProblemException(new Problem("urn:x", "T" + status, status, "d" + status, null, errors,
                Map.of("p", status)));
    }

    static List<String> fields(Throwable t) {
        return ((ProblemException) t).problem().errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void prefixesEveryFieldAndRewritesTheDetailToNameThem() {
        ProblemException p = FieldPrefix.prefixed(problem(422, "computerId", "waitFor.activityId"), "activities[3].");

        assertThat(fields(p)).containsExactly("activities[3].computerId", "activities[3].waitFor.activityId");
        assertThat(p.problem().detail()).contains("activities[3].computerId: bad computerId");
        assertThat(p.problem().status()).isEqualTo(422);
        assertThat(p.problem().properties()).containsEntry("p", 422);
    }

    @Test
    void anEmptyPrefixLeavesTheProblemAsItIs() {
        ProblemException original = problem(400, "type");
        assertThat(FieldPrefix.prefixed(original, "")).isSameAs(original);
    }

    @Test
    void mergedKeepsTheLowestStatusWithTheErrorsOfEveryProblemOfThatStatus() {
        Throwable merged = FieldPrefix.merged(new CompositeException(List.of(problem(422, "a[0].computerId"),
                problem(400, "a[1].accountId"), problem(400, "a[2].accountId"))));

        assertThat(((ProblemException) merged).problem().status()).isEqualTo(400);
        assertThat(fields(merged)).containsExactly("a[1].accountId", "a[2].accountId");
    }

    @Test
    void aSingleFailureIsReturnedAsIs() {
        ProblemException only = problem(422, "x");
        assertThat(FieldPrefix.merged(only)).isSameAs(only);
        assertThat(FieldPrefix.merged(new CompositeException(List.of(only)))).isSameAs(only);
    }

    @Test
    void aFailureThatIsNotTheClientsToFixIsNotTurnedIntoAProblem() {
        IllegalStateException down = new IllegalStateException("database down");
        assertThat(FieldPrefix.merged(new CompositeException(List.of(problem(422, "x"), down)))).isSameAs(down);
    }
}
