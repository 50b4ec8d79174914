package io.activityplatform.api.mapping;

import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.api.rest.dto.ActivityRepresentation.ArtifactLink;
import io.activityplatform.api.rest.dto.ActivityRepresentation.OutputSummary;
import io.activityplatform.api.rest.dto.ActivityRepresentation.ResultRepresentation;
import io.activityplatform.api.rest.dto.ActivityRepresentation;
import io.activityplatform.api.rest.dto.HistoryEntry;
import io.activityplatform.api.service.AllowedCommands;
import io.activityplatform.events.event.ActivityDefinition;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStateMachine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Folded states and history records as REST representations, with links to their sub-resources. */
public final class ActivityMapper {

    private ActivityMapper() {
    }

    public static String location(UUID id) {
        return "/activities/" + id;
    }

    public static String summaryLocation(UUID parentId) {
        return "/activities/" + parentId + "/summary";
    }

    public static ActivityRepresentation toRepresentation(ActivityState s) {
        ActivityDefinition d = s.definition();
        return new ActivityRepresentation(s.id(), d.type(), s.kind(), s.status(), s.statusVersion(),
                d.computerId(), d.parentId(), d.summary(), d.parameters(), s.createdAt(), s.createdBy(),
                s.updatedAt(), s.statusReason(), s.statusChangedBy(), d.deliverAfter(), d.deliverBefore(),
                d.deliverDelayWindowSeconds(), d.waitFor(), d.retry(), d.timeoutSeconds(), d.attempt(), d.retryOf(),
                d.scheduleId(), s.inProgressSince(), s.finishedAt(), result(s.id(), s.result()), s.error(),
                s.canceledWhileRunning(), s.lateResult(), s.archived(), output(s),
                ActivityStateMachine.allowedTargets(s.kind(), s.status()),
                AllowedCommands.of(s), d.accountId());
    }

    public static HistoryEntry toEntry(HistoryRecord r) {
        return new HistoryEntry(r.eventId(), r.eventType(), r.occurredAt(), r.actor(), r.source(), r.applied(),
                r.rejection(), r.rejectionDetail(), r.statusBefore(), r.statusAfter(), r.versionAfter(), r.details(),
                r.partition(), r.offset());
    }

    private static OutputSummary output(ActivityState s) {
        String output = s.output() == null ? "" : s.output();
        return new OutputSummary(s.progressPercent(), output.length(), s.outputSequence(), s.outputTruncated(),
                location(s.id()) + "/output");
    }

    private static ResultRepresentation result(UUID id, ActivityResult result) {
        if (result == null) {
            return null;
        }
        var links = result.artifacts().stream()
                .map(a -> new ArtifactLink(a.name(), a.mediaType(), a.content() == null ? 0 : a.content().length(),
                        location(id) + "/result/artifacts/" + URLEncoder.encode(a.name(), StandardCharsets.UTF_8)
                                .replace("+", "%20")))
                .toList();
        return new ResultRepresentation(result.code(), result.text(), links.isEmpty() ? null : links);
    }
}
