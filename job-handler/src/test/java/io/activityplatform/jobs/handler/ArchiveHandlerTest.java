package io.activityplatform.jobs.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.jobs.support.Activities;
import io.activityplatform.local.PlatformTestResource;
import io.activityplatform.service.time.MutableClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** ArchiveRequest writes exactly the old final activities to its file, then every view marks them archived. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = {
    @ResourceArg(name = PlatformTestResource.DATABASE_ARG, value = "job_handler"),
    @ResourceArg(name = PlatformTestResource.FRESH_DATABASE_ARG, value = "true")})
class ArchiveHandlerTest {

    private static final ActivityDefinition SCRIPT = ActivityDefinition.of("ExecuteScriptRequest", "archive-host",
            Map.of("interpreter", "/bin/sh", "code", "true"));

    @Inject
    Activities activities;
    @Inject
    MutableClock clock;

    @Test
    void archivesFinalActivitiesOlderThanTheCutoffToAGzipJsonLinesFileAndMarksThem() throws Exception {
        UUID succeeded = activities.finishedClient(SCRIPT, ActivityStatus.SUCCEEDED, ActivityResult.of(0, "ok"));
        UUID failed = activities.finishedClient(SCRIPT, ActivityStatus.FAILED, ActivityResult.of(2, "no"));
        UUID canceled = activities.finishedClient(SCRIPT, ActivityStatus.CANCELED, null);
        UUID unfinished = activities.createClient(ActivityStatus.QUEUED);
        clock.advance(Duration.ofDays(31));
        UUID recent = activities.finishedClient(SCRIPT, ActivityStatus.SUCCEEDED, ActivityResult.of(0, "ok"));
        Instant cutoff = clock.instant().minus(Duration.ofDays(30));

        UUID archive = activities.create(ActivityDefinition.of("ArchiveRequest", null, Map.of("olderThanDays", 30)),
                ActivityStatus.QUEUED);
        ActivityState done = activities.awaitFinal(archive);

        assertThat(done.status()).isEqualTo(ActivityStatus.SUCCEEDED);
        JsonNode manifest = EventCodec.mapper().readTree(done.result().artifacts().get(0).content());
        Path file = Path.of(manifest.get("file").asText());
        assertThat(file).isAbsolute().startsWith(Path.of("target/test-data/archives").toAbsolutePath());
        List<ActivityState> lines = read(file);
        assertThat(lines).hasSize(manifest.get("count").asInt());
        assertThat(done.result().text()).contains("archived " + lines.size() + " activities").contains(file.toString());
        assertThat(lines).extracting(ActivityState::id).contains(succeeded, failed, canceled)
                .doesNotContain(unfinished, recent, archive).doesNotHaveDuplicates();
        assertThat(lines).allSatisfy(state -> {
            assertThat(state.isFinal()).isTrue();
            assertThat(state.finishedAt()).isBeforeOrEqualTo(cutoff);
            assertThat(activities.state(state.id()).archived()).as("%s archived in the view", state.id()).isTrue();
        });
        assertThat(lines.stream().filter(s -> s.id().equals(failed)).findFirst().orElseThrow().result().text())
                .isEqualTo("no");
        assertThat(activities.state(recent).archived()).isFalse();
        assertThat(activities.state(unfinished).archived()).isFalse();
        assertThat(manifest.get("sha256").asText()).hasSize(64);
        assertThat(Files.size(file)).isEqualTo(manifest.get("bytes").asLong());
        activities.cancel(unfinished);
    }

    @Test
    void archivesOnlyTheRequestedStatuses() throws Exception {
        UUID succeeded = activities.finishedClient(SCRIPT, ActivityStatus.SUCCEEDED, ActivityResult.of(0, "ok"));
        UUID canceled = activities.finishedClient(SCRIPT, ActivityStatus.CANCELED, null);

        UUID archive = activities.create(ActivityDefinition.of("ArchiveRequest", null,
                Map.of("olderThanDays", 0, "statuses", List.of("CANCELED"))), ActivityStatus.QUEUED);
        ActivityState done = activities.awaitFinal(archive);

        List<ActivityState> lines = read(Path.of(EventCodec.mapper()
                .readTree(done.result().artifacts().get(0).content()).get("file").asText()));
        assertThat(lines).extracting(ActivityState::id).contains(canceled).doesNotContain(succeeded);
        assertThat(lines).extracting(ActivityState::status).containsOnly(ActivityStatus.CANCELED);
        assertThat(activities.state(succeeded).archived()).isFalse();
        assertThat(activities.state(canceled).archived()).isTrue();
    }

    @Test
    void anInvalidCutoffFailsWithoutWritingAFile() {
        UUID archive = activities.create(ActivityDefinition.of("ArchiveRequest", null, Map.of("olderThanDays", -1)),
                ActivityStatus.QUEUED);

        ActivityState failed = activities.awaitFinal(archive);

        assertThat(failed.status()).isEqualTo(ActivityStatus.FAILED);
        assertThat(failed.error().message()).contains("parameters.olderThanDays");
        assertThat(Files.exists(Path.of("target/test-data/archives", "activities-" + archive + ".jsonl.gz"))).isFalse();
    }

    private static List<ActivityState> read(Path file) throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return reader.lines().map(ActivityViewStore::fromJson).toList();
        }
    }
}
