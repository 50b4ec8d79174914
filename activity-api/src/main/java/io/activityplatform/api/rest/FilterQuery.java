package io.activityplatform.api.rest;

import io.activityplatform.api.rest.dto.FilterParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter query parameters shared by {@code GET /activities} and {@code GET /activities/stream}. */
public class FilterQuery {

    @QueryParam("status")
    @Parameter(description = "Any of these statuses; repeat the parameter or separate with commas")
    public List<String> status;

    @QueryParam("type")
    @Parameter(description = "Activity type wire name, e.g. ExecuteScriptRequest")
    public String type;

    @QueryParam("kind")
    @Parameter(description = "CLIENT or SERVER")
    public String kind;

    @QueryParam("computer")
    @Parameter(description = "Target computer id")
    public String computer;

    @QueryParam("parent")
    @Parameter(description = "Parent id of a multi-computer request")
    public String parent;

    @QueryParam("creator")
    @Parameter(description = "Creator: a user (the subject of its token) or kind:id, e.g. service:activity-api")
    public String creator;

    @QueryParam("createdAfter")
    @Parameter(description = "Created at or after this ISO-8601 instant")
    public String createdAfter;

    @QueryParam("createdBefore")
    @Parameter(description = "Created strictly before this ISO-8601 instant")
    public String createdBefore;

    @QueryParam("q")
    @Parameter(description = "Text contained in the summary, case-insensitive")
    public String q;

    public FilterParams toParams() {
        return new FilterParams(status, type, kind, computer, parent, creator, createdAfter, createdBefore, q);
    }
}
