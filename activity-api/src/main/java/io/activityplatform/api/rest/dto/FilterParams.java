package io.activityplatform.api.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The filter criteria as a client writes them (query parameters of the list and the stream, the
 * {@code filter} object of a bulk command). Parsed and checked by {@code FilterParser}, which names the
 * offending criterion in a 400.
 */
@Schema(name = "ActivityFilter", description = "Criteria that all must hold; absent ones do not restrict")
public record FilterParams(
        @Schema(description = "Any of these statuses (a single value may also list several, comma-separated)",
                examples = "[\"QUEUED\", \"BLOCKED\"]") List<String> status,
        @Schema(description = "Activity type wire name", examples = "ExecuteScriptRequest") String type,
        @Schema(description = "CLIENT or SERVER") String kind,
        @Schema(description = "Target computer id") String computer,
        @Schema(description = "Parent id shared by the activities of one multi-computer request") String parent,
        @Schema(description = "Who created them: a user name, or kind:id such as service:activity-api")
        String creator,
        @Schema(description = "Created at or after this instant (ISO-8601)") String createdAfter,
        @Schema(description = "Created strictly before this instant (ISO-8601)") String createdBefore,
        @Schema(description = "Text contained in the summary, case-insensitive") String q) {

    public static final FilterParams NONE = new FilterParams(List.of(), null, null, null, null, null, null, null,
            null);
}
