package io.activityplatform.api.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.api.rest.dto.RetryRequest;
import io.activityplatform.api.rest.dto.WaitForRequest;
import io.activityplatform.events.event.WaitCondition.Until;
import io.activityplatform.service.rest.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreateRequestValidatorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Map<String, Object> PARAMS = Map.of("interpreter", "/bin/sh", "code", "true");

    @Test
    void aCompleteValidRequestHasNoViolations() {
        CreateActivityRequest r = new CreateActivityRequest(UUID.randomUUID(), "ExecuteScriptRequest", "c1", null,
                "summary", PARAMS, NOW.plusSeconds(60), NOW.plusSeconds(3600), 300,
                new WaitForRequest(UUID.randomUUID(), Until.PROGRESS, 50), true,
                new RetryRequest(3, null, 10, 60), 120, null);

        assertThat(fields(r)).isEmpty();
    }

    @Test
    void typeIsRequiredAndMustBeKnown() {
        assertThat(fields(request(null, "c1", null))).containsExactly("type");
        assertThat(fields(request(" ", "c1", null))).containsExactly("type");
        assertThat(fields(request("Teleport", "c1", null))).containsExactly("type");
    }

    @Test
    void parametersAreCheckedAgainstTheTypesSchemaWithTheirPaths() {
        CreateActivityRequest r = new CreateActivityRequest(null, "ExecuteScriptRequest", "c1", null, null,
                Map.of("code", 5), null, null, null, null, null, null, null, null);

        assertThat(fields(r)).contains("parameters.code", "parameters.interpreter");
    }

    @Test
    void clientTypesNeedExactlyOneFormOfTarget() {
        assertThat(fields(request("ExecuteScriptRequest", null, null))).containsExactly("computerId");
        assertThat(fields(request("ExecuteScriptRequest", "c1", List.of("c2")))).containsExactly("computerIds");
        assertThat(fields(request("ExecuteScriptRequest", " ", null))).containsExactly("computerId");
        assertThat(fields(request("ExecuteScriptRequest", null, List.of()))).containsExactly("computerIds");
        assertThat(fields(request("ExecuteScriptRequest", null, Arrays.asList("a", "", null, "a"))))
                .containsExactly("computerIds[1]", "computerIds[2]", "computerIds[3]");
    }

    @Test
    void tooManyComputersAreRefused() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            many.add("c" + i);
        }
        assertThat(CreateRequestValidator.validate(request("ExecuteScriptRequest", null, many), NOW, 3).errors())
                .extracting(Problem.FieldError::field).containsExactly("computerIds");
    }

    @Test
    void serverTypesRunOnNoComputer() {
        CreateActivityRequest r = new CreateActivityRequest(null, "ArchiveRequest", null, List.of("c1"), null,
                Map.of("olderThanDays", 1), null, null, null, null, null, null, null, null);

        assertThat(fields(r)).containsExactly("computerIds");
    }

    @Test
    void deadlinesMustLieAheadAndAfterTheDeliveryTime() {
        assertThat(fields(timing(null, NOW))).containsExactly("deliverBefore");
        assertThat(fields(timing(null, NOW.minusSeconds(1)))).containsExactly("deliverBefore");
        assertThat(fields(timing(NOW.plusSeconds(100), NOW.plusSeconds(50)))).containsExactly("deliverBefore");
        assertThat(fields(timing(NOW.minusSeconds(100), NOW.plusSeconds(50)))).isEmpty();
    }

    @Test
    void windowsAndTimeoutsArePositiveAndBounded() {
        assertThat(fields(limits(0, null))).containsExactly("deliverDelayWindowSeconds");
        assertThat(fields(limits(CreateRequestValidator.MAX_WINDOW_SECONDS + 1, null)))
                .containsExactly("deliverDelayWindowSeconds");
        assertThat(fields(limits(null, 0))).containsExactly("timeoutSeconds");
        assertThat(fields(limits(1, 1))).isEmpty();
    }

    @Test
    void waitForNeedsAnActivityAConditionAndAThresholdOnlyForProgress() {
        UUID other = UUID.randomUUID();
        assertThat(fields(waiting(null, new WaitForRequest(null, Until.SUCCEEDED, null))))
                .containsExactly("waitFor.activityId");
        assertThat(fields(waiting(null, new WaitForRequest(other, null, null)))).containsExactly("waitFor.until");
        assertThat(fields(waiting(null, new WaitForRequest(other, Until.PROGRESS, null))))
                .containsExactly("waitFor.progressAtLeast");
        assertThat(fields(waiting(null, new WaitForRequest(other, Until.PROGRESS, 101))))
                .containsExactly("waitFor.progressAtLeast");
        assertThat(fields(waiting(null, new WaitForRequest(other, Until.FINISHED, 10))))
                .containsExactly("waitFor.progressAtLeast");
        assertThat(fields(waiting(other, new WaitForRequest(other, Until.FINISHED, null))))
                .containsExactly("waitFor.activityId");
    }

    @Test
    void retryNeedsSensibleAttemptsAndDelays() {
        assertThat(fields(retrying(new RetryRequest(null, null, null, null)))).containsExactly("retry.maxAttempts");
        assertThat(fields(retrying(new RetryRequest(0, null, null, null)))).containsExactly("retry.maxAttempts");
        assertThat(fields(retrying(new RetryRequest(101, null, null, null)))).containsExactly("retry.maxAttempts");
        assertThat(fields(retrying(new RetryRequest(2, null, -1, null))))
                .containsExactly("retry.initialDelaySeconds");
        assertThat(fields(retrying(new RetryRequest(2, null, 60, 30)))).containsExactly("retry.maxDelaySeconds");
    }

    @Test
    void aLongSummaryIsRefused() {
        CreateActivityRequest r = new CreateActivityRequest(null, "ExecuteScriptRequest", "c1", null, "x".repeat(501),
                PARAMS, null, null, null, null, null, null, null, null);

        assertThat(fields(r)).containsExactly("summary");
    }

    private static List<String> fields(CreateActivityRequest r) {
        return CreateRequestValidator.validate(r, NOW, 1000).errors().stream().map(Problem.FieldError::field)
                .toList();
    }

    private static CreateActivityRequest request(String type, String computer, List<String> computers) {
        return new CreateActivityRequest(null, type, computer, computers, null, PARAMS, null, null, null, null, null,
                null, null, null);
    }

    private static CreateActivityRequest timing(Instant after, Instant before) {
        return new CreateActivityRequest(null, "ExecuteScriptRequest", "c1", null, null, PARAMS, after, before, null,
                null, null, null, null, null);
    }

    private static CreateActivityRequest limits(Integer window, Integer timeout) {
        return new CreateActivityRequest(null, "ExecuteScriptRequest", "c1", null, null, PARAMS, null, null, window,
                null, null, null, timeout, null);
    }

    private static CreateActivityRequest waiting(UUID id, WaitForRequest waitFor) {
        return new CreateActivityRequest(id, "ExecuteScriptRequest", "c1", null, null, PARAMS, null, null, null,
                waitFor, null, null, null, null);
    }

    private static CreateActivityRequest retrying(RetryRequest retry) {
        return new CreateActivityRequest(null, "ExecuteScriptRequest", "c1", null, null, PARAMS, null, null, null,
                null, null, retry, null, null);
    }
}
