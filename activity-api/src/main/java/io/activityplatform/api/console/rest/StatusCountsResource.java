package io.activityplatform.api.console.rest;

import io.activityplatform.api.mapping.FilterParser;
import io.activityplatform.api.repository.StatusCountQuery;
import io.activityplatform.api.rest.FilterQuery;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /activities/counts}: how many activities match the list's filters, per status (the board's bar).
 * Role: viewer.
 */
@RolesAllowed(Roles.VIEWER)
@Path("/activities/counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class StatusCountsResource {

    /** Counts of the activities matching a filter. */
    @Schema(name = "StatusCounts")
    public record StatusCounts(int total,
            @Schema(description = "Count per status; every status is present, zero included")
            Map<ActivityStatus, Integer> byStatus,
            @Schema(description = "Activities in a final status") int finished) {

        static StatusCounts of(Map<ActivityStatus, Integer> byStatus) {
            int total = 0;
            int finished = 0;
            for (var e : byStatus.entrySet()) {
                total += e.getValue();
                finished += e.getKey().isFinal() ? e.getValue() : 0;
            }
            return new StatusCounts(total, byStatus, finished);
        }
    }

    private final StatusCountQuery counts;
    private final Caller caller;

    public StatusCountsResource(StatusCountQuery counts, Caller caller) {
        this.counts = counts;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Activities matching the list filters, counted per status")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = StatusCounts.class)))
    @APIResponse(responseCode = "400", description = "A bad filter; errors name each parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Uni<StatusCounts> counts(@BeanParam FilterQuery filter) {
        return counts.count(FilterParser.parse(filter.toParams(), "").within(caller.accounts())).map(StatusCounts::of);
    }
}
