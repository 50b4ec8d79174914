package io.activityplatform.api.service;

import io.activityplatform.api.rest.dto.OutputRepresentation;
import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Progress, collected output and result artifacts, all from the folded state in this service's view. */
@ApplicationScoped
public class OutputReader {

    private final ActivityReader reader;

    public OutputReader(ActivityReader reader) {
        this.reader = reader;
    }

    /** The output from character {@code from} on, so a client can tail it by passing back {@code next}. */
    public Uni<OutputRepresentation> output(UUID id, String from, Set<String> accounts) {
        int start = from(from);
        return reader.get(id, accounts).map(s -> {
            String output = s.output() == null ? "" : s.output();
            int begin = Math.min(start, output.length());
            return new OutputRepresentation(s.id(), s.status(), s.progressPercent(), output.substring(begin), begin,
                    output.length(), s.outputSequence(), s.outputTruncated(), s.updatedAt());
        });
    }

    /** A result artifact by name: the job-handler's report, an archive manifest, ... */
    public Uni<ActivityResult.Artifact> artifact(UUID id, String name, Set<String> accounts) {
        return reader.get(id, accounts).map(s -> artifactOf(s, name));
    }

    static ActivityResult.Artifact artifactOf(ActivityState state, String name) {
        if (state.result() == null) {
            throw ProblemException.notFound("activity " + state.id() + " has no result (it is " + state.status()
                    + ")");
        }
        return state.result().artifacts().stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("activity " + state.id() + " has no artifact '" + name
                        + "'; it has " + state.result().artifacts().stream().map(ActivityResult.Artifact::name)
                        .toList()));
    }

    private static int from(String from) {
        if (from == null || from.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(from.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("from", "must be a character position, 0 or more");
    }
}
