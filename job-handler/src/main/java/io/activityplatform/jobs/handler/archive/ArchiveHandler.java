package io.activityplatform.jobs.handler.archive;

import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.ActivityArchived;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.handler.JobContext;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.handler.Parameters;
import io.activityplatform.jobs.publishing.JobEvents;
import io.activityplatform.jobs.repository.ViewQueries;
import io.activityplatform.service.publishing.ReadYourWrites;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@code ArchiveRequest}: writes the final activities that finished {@code olderThanDays} or more ago (by the
 * platform clock) from the own view to a gzip JSON-lines file in {@code jobs.archive.directory}, and only
 * once the file is complete publishes {@code activity.archived} for each, so every view marks them archived
 * and nothing disappears silently. Not idempotent: a second run would write a second file.
 */
@ApplicationScoped
public class ArchiveHandler implements JobHandler {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> FINAL = List.of("SUCCEEDED", "FAILED", "CANCELED");

    private final ViewQueries views;
    private final JobEvents events;
    private final ReadYourWrites applied;
    private final Path directory;
    private final int batchSize;

    public ArchiveHandler(ViewQueries views, JobEvents events, ReadYourWrites applied, JobsConfig config) {
        this.views = views;
        this.events = events;
        this.applied = applied;
        this.directory = archiveDirectory(config);
        this.batchSize = config.archive().batchSize();
    }

    /** The archive directory, under the data directory unless configured absolute; never the working directory. */
    static Path archiveDirectory(JobsConfig config) {
        Path resolved = config.dataDirectory().resolve(config.archive().directory());
        if (!resolved.isAbsolute()) {
            throw new IllegalStateException("jobs.data-directory (JOBS_DATA_DIRECTORY) must be an absolute path, so"
                    + " archives never land in the working directory; it is " + config.dataDirectory());
        }
        return resolved.normalize();
    }

    @Override
    public String type() {
        return ActivityType.ARCHIVE_REQUEST.wireName();
    }

    @Override
    public boolean idempotent() {
        return false;
    }

    @Override
    public JobOutcome execute(JobContext context) throws Exception {
        Parameters.Validated validated = Parameters.validate(ActivityType.ARCHIVE_REQUEST, context);
        if (!validated.valid()) {
            return validated.rejection();
        }
        int days = validated.parameters().integer("olderThanDays").orElseThrow();
        List<String> requested = validated.parameters().strings("statuses");
        List<String> statuses = requested.isEmpty() ? FINAL : requested;
        Instant cutoff = context.clock().instant().minus(Duration.ofDays(days));
        Path target = directory.resolve("activities-" + context.activity().id() + ".jsonl.gz");

        List<UUID> archived = new ArrayList<>();
        ArchiveFile.Written written = write(context, target, cutoff, statuses, archived);
        context.log("wrote " + written.count() + " activities finished at or before " + cutoff + " to " + target);
        context.progress(50);
        markArchived(context, archived, target.getFileName().toString());
        context.log("marked " + archived.size() + " activities archived");

        Manifest manifest = new Manifest(target.toAbsolutePath().toString(), written.count(), cutoff, statuses,
                written.bytes(), written.sha256());
        return JobOutcome.succeeded(0, "archived " + written.count() + " activities to " + manifest.file(),
                List.of(new ActivityResult.Artifact("archive-manifest.json", "application/json",
                        EventCodec.mapper().writeValueAsString(manifest))));
    }

    private ArchiveFile.Written write(JobContext context, Path target, Instant cutoff, List<String> statuses,
            List<UUID> archived) throws Exception {
        ArchiveFile file = ArchiveFile.create(target);
        try {
            views.forEachPage(views.finishedBefore(cutoff, statuses), batchSize, page -> {
                context.checkpoint();
                for (var state : page) {
                    file.append(state);
                    archived.add(state.id());
                }
            });
            return file.commit();
        } catch (Exception e) {
            file.abort();
            throw e;
        }
    }

    /** In batches, each waited for until applied; progress runs from 50 to 99 %. */
    private void markArchived(JobContext context, List<UUID> ids, String archive) throws InterruptedException {
        UUID archiveActivity = context.activity().id();
        for (int from = 0; from < ids.size(); from += batchSize) {
            context.checkpoint();
            List<ActivityArchived> batch = ids.subList(from, Math.min(ids.size(), from + batchSize)).stream()
                    .map(id -> new ActivityArchived(DeterministicIds.uuidV5(DeterministicIds.NAMESPACE,
                            "archived/" + archiveActivity + "/" + id), id, context.clock().instant(), events.actor(),
                            events.actor().id(), archive))
                    .toList();
            var positions = events.publishAll(batch).await().atMost(TIMEOUT);
            applied.awaitApplied(positions).await().atMost(TIMEOUT);
            context.progress(50 + (int) (49L * (from + batch.size()) / ids.size()));
        }
    }

    /** The archive's manifest, attached to the result. */
    record Manifest(String file, long count, Instant cutoff, List<String> statuses, long bytes, String sha256) {
    }
}
