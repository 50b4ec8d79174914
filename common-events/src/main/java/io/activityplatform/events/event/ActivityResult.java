package io.activityplatform.events.event;

import java.util.List;

/**
 * What an execution produced. Artifacts (a report, an archive manifest) travel inside the final event so
 * every view can serve them: no shared disk, no service-to-service call. Their size is bounded by
 * {@link #MAX_ARTIFACT_CHARS}.
 *
 * @param code        exit or result code, e.g. a script's exit status
 * @param textAltered true when the producer replaced illegal characters of an agent's text with U+FFFD to make
 *                    it legal (docs/events.md, "Legal values"); absent otherwise
 */
public record ActivityResult(Integer code, String text, List<Artifact> artifacts, Boolean textAltered) {

    /** Upper bound for all artifacts of one result together, so one event stays well under Kafka's limit. */
    public static final int MAX_ARTIFACT_CHARS = 512 * 1024;

    public ActivityResult {
        artifacts = artifacts == null ? List.of() : List.copyOf(artifacts);
        textAltered = Boolean.TRUE.equals(textAltered) ? Boolean.TRUE : null;
    }

    public ActivityResult(Integer code, String text, List<Artifact> artifacts) {
        this(code, text, artifacts, null);
    }

    public static ActivityResult of(Integer code, String text) {
        return new ActivityResult(code, text, List.of());
    }

    public int artifactChars() {
        return artifacts.stream().mapToInt(a -> a.content() == null ? 0 : a.content().length()).sum();
    }

    /** A named piece of output, e.g. {@code report.csv} with media type {@code text/csv}. */
    public record Artifact(String name, String mediaType, String content) {
    }
}
