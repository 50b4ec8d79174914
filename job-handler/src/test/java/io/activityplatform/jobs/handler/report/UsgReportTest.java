package io.activityplatform.jobs.handler.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityError;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UsgReportTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    private static ActivityState run(String computer, Map<String, Object> parameters, ActivityStatus end,
            ActivityResult result, ActivityError error, int minute) {
        UUID id = UUID.randomUUID();
        ActivityState state = ActivityFold.apply(null, new ActivityCreated(UUID.randomUUID(), id, T0,
                Actor.user("a"), "t", ActivityDefinition.of("UsgActivity", computer, parameters),
                ActivityStatus.QUEUED)).state();
        state = ActivityFold.apply(state, new StatusChanged(UUID.randomUUID(), id, T0, Actor.agent(computer), "t",
                null, ActivityStatus.IN_PROGRESS, 1, null, null, null)).state();
        return ActivityFold.apply(state, new StatusChanged(UUID.randomUUID(), id, T0.plusSeconds(60L * minute),
                Actor.agent(computer), "t", null, end, 2, null, result, error)).state();
    }

    @Test
    void theLatestRunDecidesWhetherAComputerIsCompliant() {
        Map<String, Object> cis = Map.of("profile", "cis_level1_server", "mode", "audit");
        ActivityState passedLater = run("c1", cis, ActivityStatus.SUCCEEDED, ActivityResult.of(0, "ok"), null, 5);
        ActivityState failedFirst = run("c1", cis, ActivityStatus.FAILED, null,
                new ActivityError("EXECUTION_FAILED", "usg missing"), 1);
        ActivityState passedThenFailed = run("c2", cis, ActivityStatus.SUCCEEDED, ActivityResult.of(1, "Fail: 3"),
                null, 2);

        UsgReport report = UsgReport.build(List.of(passedLater, failedFirst, passedThenFailed), null, List.of(),
                T0.plusSeconds(3600));

        UsgReport.Document document = report.document();
        assertThat(document.summary()).isEqualTo(new UsgReport.Summary(2, 1, 1, 3));
        assertThat(document.computers()).extracting(UsgReport.Computer::computerId, UsgReport.Computer::compliant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c1", true),
                        org.assertj.core.groups.Tuple.tuple("c2", false));
        assertThat(document.computers().get(0).latest().activityId()).isEqualTo(passedLater.id().toString());
        assertThat(report.csv().lines().toList()).hasSize(4).element(1).asString()
                .contains(failedFirst.id().toString()).endsWith(",EXECUTION_FAILED: usg missing");
    }

    @Test
    void filtersByProfileAndNamesTailoredRuns() {
        ActivityState tailored = run("c1", Map.of("tailoringFile", "<xml/>", "mode", "fix"),
                ActivityStatus.SUCCEEDED, ActivityResult.of(0, "ok"), null, 1);
        ActivityState cis = run("c1", Map.of("profile", "cis_level1_server", "mode", "audit"),
                ActivityStatus.SUCCEEDED, ActivityResult.of(0, "ok"), null, 2);

        assertThat(UsgReport.build(List.of(tailored, cis), "tailored", List.of(), T0).document().summary().runs())
                .isEqualTo(1);
        assertThat(UsgReport.build(List.of(tailored, cis), null, List.of(), T0).csv())
                .contains(",tailored,fix,SUCCEEDED,0,true,");
    }

    @Test
    void csvFieldsAreQuotedWhenNeeded() {
        assertThat(Csv.row("plain", "a,b", "say \"hi\"", null)).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",");
    }
}
