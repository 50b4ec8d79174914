package io.activityplatform.api.schedule.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.api.schedule.model.ActivityTemplate;
import io.activityplatform.api.schedule.model.ScheduleDefinition;
import io.activityplatform.events.event.RetryPolicy;
import io.activityplatform.service.rest.Problem.FieldError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleValidatorTest {

    static final ActivityTemplate SCRIPT = new ActivityTemplate("ExecuteScriptRequest",
            Map.of("interpreter", "/bin/sh", "code", "ls -l"), List.of("production-server-1"), "task2", 300,
            new RetryPolicy(3, RetryPolicy.Backoff.FIXED, 60, null));

    /** The seed 002 task as a schedule. */
    static ScheduleDefinition seed() {
        return new ScheduleDefinition("task2", "A Stray task", SCRIPT, "1111111", List.of("08:30"), "US/Eastern",
                "US_HOLIDAYS", true);
    }

    private static List<String> fields(ScheduleDefinition definition) {
        return ScheduleValidator.validate(definition).stream().map(FieldError::field).toList();
    }

    private static ScheduleDefinition with(ActivityTemplate t) {
        ScheduleDefinition s = seed();
        return new ScheduleDefinition(s.name(), s.description(), t, s.dayOfWeek(), s.triggerTimes(), s.timezone(),
                s.calendar(), s.active());
    }

    @Test
    void theSeedTaskIsAValidSchedule() {
        assertThat(ScheduleValidator.validate(seed())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Olympus", "+02:00", "UTC+2", "europe/berlin", ""})
    void aTimezoneThatIsNotAnIanaRegionIsNamed(String zone) {
        ScheduleDefinition s = seed();
        assertThat(fields(new ScheduleDefinition(s.name(), null, SCRIPT, "1111111", List.of("08:30"), zone, null,
                null))).containsExactly("timezone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"111111", "0000000", "1111121", "weekdays"})
    void aBadDayOfWeekMaskIsNamed(String mask) {
        assertThat(fields(new ScheduleDefinition("n", null, SCRIPT, mask, List.of("08:30"), "UTC", null, null)))
                .containsExactly("dayOfWeek");
    }

    @Test
    void aBadTriggerTimeIsNamedWithItsIndex() {
        List<FieldError> errors = ScheduleValidator.validate(new ScheduleDefinition("n", null, SCRIPT, "1111111",
                Arrays.asList("08:30", "25:00", "8:30", null, "08:30"), "UTC", null, null));

        assertThat(errors).extracting(FieldError::field)
                .containsExactly("triggerTimes[1]", "triggerTimes[2]", "triggerTimes[3]", "triggerTimes[4]");
        assertThat(errors.get(3).message()).contains("duplicate");
    }

    @Test
    void noTriggerTimeAtAllIsRejected() {
        assertThat(fields(new ScheduleDefinition("n", null, SCRIPT, "1111111", List.of(), "UTC", null, null)))
                .containsExactly("triggerTimes");
        assertThat(fields(new ScheduleDefinition("n", null, SCRIPT, "1111111", null, "UTC", null, null)))
                .containsExactly("triggerTimes");
    }

    @Test
    void aCalendarNameThatCannotExistIsNamed() {
        assertThat(fields(new ScheduleDefinition("n", null, SCRIPT, "1111111", List.of("08:30"), "UTC", "no such/one",
                null))).containsExactly("calendar");
    }

    @Test
    void templateParametersAreValidatedAgainstTheTypesSchemaUnderTheirPath() {
        ActivityTemplate bad = new ActivityTemplate("ExecuteScriptRequest", Map.of("interpreter", "/bin/sh"),
                List.of("c1"), null, null, null);

        assertThat(fields(with(bad))).containsExactly("template.parameters.code");
    }

    @Test
    void anUnknownTypeIsNamed() {
        assertThat(fields(with(new ActivityTemplate("FormatDiskRequest", Map.of(), List.of("c1"), null, null, null))))
                .containsExactly("template.type");
        assertThat(fields(with(new ActivityTemplate(null, Map.of(), List.of("c1"), null, null, null))))
                .containsExactly("template.type");
    }

    @Test
    void clientTypesNeedComputersAndServerTypesRefuseThem() {
        ActivityTemplate noComputer = new ActivityTemplate("RestartRequest", Map.of(), List.of(), null, null, null);
        ActivityTemplate serverWithComputer = new ActivityTemplate("GenerateUsgReportActivity", Map.of(),
                List.of("c1"), null, null, null);
        ActivityTemplate blankAndDuplicate = new ActivityTemplate("RestartRequest", Map.of(),
                Arrays.asList("c1", " ", "c1"), null, null, null);

        assertThat(fields(with(noComputer))).containsExactly("template.computerIds");
        assertThat(fields(with(serverWithComputer))).containsExactly("template.computerIds");
        assertThat(fields(with(blankAndDuplicate))).containsExactly("template.computerIds[1]",
                "template.computerIds[2]");
        assertThat(fields(with(new ActivityTemplate("GenerateUsgReportActivity", Map.of(), null, null, null, null))))
                .isEmpty();
    }

    @Test
    void retryPolicyAndTimeoutAreChecked() {
        ActivityTemplate bad = new ActivityTemplate("RestartRequest", Map.of(), List.of("c1"), null, 0,
                new RetryPolicy(0, null, -1, null));
        ActivityTemplate capBelowStart = new ActivityTemplate("RestartRequest", Map.of(), List.of("c1"), null, null,
                new RetryPolicy(2, RetryPolicy.Backoff.EXPONENTIAL, 60, 30));

        assertThat(fields(with(bad))).containsExactly("template.timeoutSeconds", "template.retry.maxAttempts",
                "template.retry.backoff", "template.retry.initialDelaySeconds");
        assertThat(fields(with(capBelowStart))).containsExactly("template.retry.maxDelaySeconds");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(fields(new ScheduleDefinition(" ", null, null, "1", List.of("x"), "Nowhere", null, null)))
                .containsExactly("name", "dayOfWeek", "triggerTimes[0]", "timezone", "template");
    }
}
