package io.activityplatform.jobs.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.local.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.activityplatform.service.time.MutableClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GenerateUsgReportActivity reports the USG results of the view per computer, as CSV and JSON artifacts. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class UsgReportHandlerTest {

    @Inject
    Activities activities;
    @Inject
    MutableClock clock;

    /** One finished run, a minute after the previous one, so "latest" is well defined. */
    private UUID usg(String computer, String profile, ActivityStatus status, int code, String text) {
        clock.advance(Duration.ofMinutes(1));
        return activities.finishedClient(ActivityDefinition.of("UsgActivity", computer,
                Map.of("profile", profile, "mode", "audit")), status, ActivityResult.of(code, text));
    }

    @Test
    void reportsEveryRunAndTheLatestStatePerComputer() throws Exception {
        String a = "usg-a-" + UUID.randomUUID();
        String b = "usg-b-" + UUID.randomUUID();
        UUID firstA = usg(a, "cis_level1_server", ActivityStatus.FAILED, 3, "audit could not run");
        UUID secondA = usg(a, "cis_level1_server", ActivityStatus.SUCCEEDED, 0, "Pass: 240, Fail: 0");
        UUID onlyB = usg(b, "cis_level1_server", ActivityStatus.SUCCEEDED, 1, "Pass: 200, Fail: 40\nrule list");
        UUID otherProfile = usg(b, "disa_stig", ActivityStatus.SUCCEEDED, 0, "Pass: 1");

        UUID report = activities.create(ActivityDefinition.of("GenerateUsgReportActivity", null,
                Map.of("profile", "cis_level1_server", "computerIds", List.of(a, b))), ActivityStatus.QUEUED);
        ActivityState done = activities.awaitFinal(report);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        assertThat(done.result().text()).isEqualTo("2 computers: 1 compliant, 1 not compliant (3 USG runs)");
        assertThat(done.result().artifacts()).extracting(ActivityResult.Artifact::name, ActivityResult.Artifact::mediaType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("usg-report.csv", "text/csv"),
                        org.assertj.core.groups.Tuple.tuple("usg-report.json", "application/json"));
        List<String> csv = done.result().artifacts().get(0).content().lines().toList();
        assertThat(csv).hasSize(4);
        assertThat(csv.get(0)).isEqualTo("computer_id,activity_id,profile,mode,status,result_code,compliant,"
                + "finished_at,result_summary");
        assertThat(csv.get(1)).startsWith(a + "," + firstA + ",cis_level1_server,audit,FAILED,3,false,");
        assertThat(csv.get(2)).startsWith(a + "," + secondA + ",cis_level1_server,audit,SUCCEEDED,0,true,")
                .endsWith(",\"Pass: 240, Fail: 0\"");
        assertThat(csv.get(3)).startsWith(b + "," + onlyB + ",").endsWith(",\"Pass: 200, Fail: 40\"");
        assertThat(String.join("\n", csv)).doesNotContain(otherProfile.toString());

        JsonNode json = EventCodec.mapper().readTree(done.result().artifacts().get(1).content());
        assertThat(json.at("/summary/computers").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/compliant").asInt()).isEqualTo(1);
        assertThat(json.at("/computers/0/computerId").asText()).isEqualTo(a);
        assertThat(json.at("/computers/0/runs").asInt()).isEqualTo(2);
        assertThat(json.at("/computers/0/compliant").asBoolean()).isTrue();
        assertThat(json.at("/computers/0/latest/activityId").asText()).isEqualTo(secondA.toString());
        assertThat(json.at("/computers/1/compliant").asBoolean()).isFalse();
        assertThat(json.at("/computers/1/latest/resultCode").asInt()).isEqualTo(1);
    }

    @Test
    void theRequestedJsonFormatComesFirst() {
        String c = "usg-c-" + UUID.randomUUID();
        usg(c, "cis_level1_server", ActivityStatus.SUCCEEDED, 0, "Pass: 1");

        UUID report = activities.create(ActivityDefinition.of("GenerateUsgReportActivity", null,
                Map.of("computerIds", List.of(c), "format", "json")), ActivityStatus.QUEUED);
        ActivityState done = activities.awaitFinal(report);

        assertThat(done.result().artifacts()).extracting(ActivityResult.Artifact::name)
                .containsExactly("usg-report.json", "usg-report.csv");
        assertThat(done.result().artifacts().get(0).content()).contains("\"computerId\" : \"" + c + "\"");
    }
}
