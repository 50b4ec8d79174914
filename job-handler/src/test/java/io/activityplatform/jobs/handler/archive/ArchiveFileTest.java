package io.activityplatform.jobs.handler.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityFold;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveFileTest {

    @TempDir
    Path directory;

    private static ActivityState state(int i) {
        return ActivityFold.apply(null, new ActivityCreated(UUID.randomUUID(), UUID.randomUUID(),
                Instant.parse("2030-01-01T00:00:00Z"), Actor.user("a"), "t",
                ActivityDefinition.of("RestartRequest", "c" + i, Map.of()), ActivityStatus.QUEUED)).state();
    }

    @Test
    void aCommittedArchiveHoldsOneStatePerLineWithItsChecksum() throws Exception {
        Path target = directory.resolve("nested/a.jsonl.gz");
        List<ActivityState> states = List.of(state(1), state(2), state(3));

        ArchiveFile file = ArchiveFile.create(target);
        for (ActivityState s : states) {
            file.append(s);
        }
        ArchiveFile.Written written = file.commit();

        assertThat(written.count()).isEqualTo(3);
        assertThat(written.bytes()).isEqualTo(Files.size(target));
        assertThat(written.sha256()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(target))));
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(target)), StandardCharsets.UTF_8))) {
            assertThat(reader.lines().map(ActivityViewStore::fromJson).toList()).isEqualTo(states);
        }
        assertThat(Files.list(target.getParent()).toList()).containsExactly(target);
    }

    @Test
    void anAbortedArchiveLeavesNoFileBehind() throws Exception {
        Path target = directory.resolve("b.jsonl.gz");

        ArchiveFile file = ArchiveFile.create(target);
        file.append(state(1));
        file.abort();

        assertThat(Files.list(directory).toList()).isEmpty();
    }
}
