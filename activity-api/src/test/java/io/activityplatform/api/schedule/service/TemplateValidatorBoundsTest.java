package io.activityplatform.api.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.service.rest.Problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each bound of a schedule's activity template at its limit (accepted) and one past it (refused, naming
 * the field), so a schedule never stores a template whose activities would be rejected when it fires.
 */
class TemplateValidatorBoundsTest {

    private static final Map<String, Object> SCRIPT = Map.of("interpreter", "/bin/sh", "code", "true");

    private static List<String> fields(ActivityTemplate template) {
        List<FieldError> errors = new ArrayList<>();
        TemplateValidator.validate(template, errors);
        return errors.stream().map(FieldError::field).toList();
    }

    private static ActivityTemplate script(List<String> computers, String summary, Integer timeout,
            RetryPolicy retry) {
        return new ActivityTemplate("ExecuteScriptRequest", SCRIPT, computers, summary, timeout, retry);
    }

    private static List<String> computers(int count) {
        return IntStream.range(0, count).mapToObj(i -> "computer-" + i).toList();
    }

    @Test
    void aMissingTemplateIsNamed() {
        assertThat(fields(null)).containsExactly("template");
    }

    @Test
    void aMissingTypeIsRequiredNotUnknown() {
        List<FieldError> errors = new ArrayList<>();
        TemplateValidator.validate(new ActivityTemplate(null, SCRIPT, List.of("c1"), null, null, null), errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("template.type");
        assertThat(errors.get(0).message()).isEqualTo("required");
    }

    @Test
    void computersAreBoundedAtTheLimit() {
        assertThat(fields(script(computers(TemplateValidator.MAX_COMPUTERS), null, null, null))).isEmpty();
        assertThat(fields(script(computers(TemplateValidator.MAX_COMPUTERS + 1), null, null, null)))
                .containsExactly("template.computerIds");
    }

    @Test
    void theSummaryIsBoundedAtTheLimit() {
        assertThat(fields(script(List.of("c1"), "s".repeat(TemplateValidator.MAX_SUMMARY), null, null))).isEmpty();
        assertThat(fields(script(List.of("c1"), "s".repeat(TemplateValidator.MAX_SUMMARY + 1), null, null)))
                .containsExactly("template.summary");
    }

    @Test
    void theTimeoutIsAtLeastOneSecond() {
        assertThat(fields(script(List.of("c1"), null, 1, null))).isEmpty();
        assertThat(fields(script(List.of("c1"), null, 0, null))).containsExactly("template.timeoutSeconds");
        assertThat(fields(script(List.of("c1"), null, Integer.MIN_VALUE, null)))
                .containsExactly("template.timeoutSeconds");
    }

    @Test
    void retryAttemptsRunFromOneToTheLimit() {
        for (int ok : new int[] {1, TemplateValidator.MAX_ATTEMPTS}) {
            assertThat(fields(script(List.of("c1"), null, null,
                    new RetryPolicy(ok, RetryPolicy.Backoff.FIXED, 0, null)))).as("%d attempts", ok).isEmpty();
        }
        for (int bad : new int[] {0, -1, TemplateValidator.MAX_ATTEMPTS + 1}) {
            assertThat(fields(script(List.of("c1"), null, null,
                    new RetryPolicy(bad, RetryPolicy.Backoff.FIXED, 0, null)))).as("%d attempts", bad)
                    .containsExactly("template.retry.maxAttempts");
        }
    }

    @Test
    void theDelayCapMayEqualTheInitialDelayButNotUndercutIt() {
        assertThat(fields(script(List.of("c1"), null, null,
                new RetryPolicy(3, RetryPolicy.Backoff.EXPONENTIAL, 10, 10)))).isEmpty();
        assertThat(fields(script(List.of("c1"), null, null,
                new RetryPolicy(3, RetryPolicy.Backoff.EXPONENTIAL, 10, 9))))
                .containsExactly("template.retry.maxDelaySeconds");
    }

    @Test
    void aTemplateCannotHoldANullComputerIdSoTheJsonLayerRefusesItAsA400() {
        List<String> ids = new ArrayList<>(List.of("c1", "c2"));
        ids.add(null);

        // ValueInstantiationException at JSON binding, which service-core's JsonErrors answers as a 400
        assertThatThrownBy(() -> script(ids, null, null, null)).isInstanceOf(NullPointerException.class);
        assertThat(fields(script(List.of("c1", "c2", " "), null, null, null)))
                .containsExactly("template.computerIds[2]");
    }
}
