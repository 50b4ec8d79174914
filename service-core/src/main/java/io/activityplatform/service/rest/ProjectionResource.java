package io.activityplatform.service.rest;

import io.activityplatform.service.projection.ProjectionConsumer;
import io.activityplatform.service.projection.ProjectionQuarantine;
import io.activityplatform.service.projection.ProjectionStats;
import io.activityplatform.service.projection.ProjectionWatermark;
import io.activityplatform.service.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators' view of this service's projection: watermark, lag, counters, quarantine; and the rebuild switch. */
@Path("/admin/projection")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projection", description = "This service's view of the event log")
@RolesAllowed(Roles.ADMIN)
public class ProjectionResource {

    private final ProjectionStats stats;
    private final ProjectionWatermark watermark;
    private final ProjectionConsumer consumer;
    private final ProjectionQuarantine quarantine;

    public ProjectionResource(ProjectionStats stats, ProjectionWatermark watermark, ProjectionConsumer consumer,
            ProjectionQuarantine quarantine) {
        this.stats = stats;
        this.watermark = watermark;
        this.consumer = consumer;
        this.quarantine = quarantine;
    }

    /**
     * @param quarantine records this service's view set aside because their effect cannot be stored: the total
     *                   (all replicas) and the latest {@value #LISTED} of them, newest first
     */
    public record Status(ProjectionStats.Snapshot stats, Map<String, Long> appliedOffsets,
            ProjectionQuarantine.Listing quarantine) {
    }

    static final int LISTED = 100;

    @GET
    @Operation(summary = "Watermark (last applied offset per partition), lag, counters and quarantined records")
    public Uni<Status> status() {
        return quarantine.list(LISTED)
                .map(listing -> new Status(stats.snapshot(), new TreeMap<>(watermark.applied()), listing));
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Drop this service's view and refold the whole log from offset 0")
    public Uni<Status> rebuild() {
        return Uni.createFrom().completionStage(consumer.rebuild()).flatMap(v -> status());
    }
}
