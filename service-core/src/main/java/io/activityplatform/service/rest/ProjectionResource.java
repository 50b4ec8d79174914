package io.activityplatform.service.rest;

import io.activityplatform.service.projection.ProjectionConsumer;
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

/** Operators' view of this service's projection: watermark, lag, counters; and the rebuild switch. */
@Path("/admin/projection")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projection", description = "This service's view of the event log")
@RolesAllowed(Roles.ADMIN)
public class ProjectionResource {

    private final ProjectionStats stats;
    private final ProjectionWatermark watermark;
    private final ProjectionConsumer consumer;

    public ProjectionResource(ProjectionStats stats, ProjectionWatermark watermark, ProjectionConsumer consumer) {
        this.stats = stats;
        this.watermark = watermark;
        this.consumer = consumer;
    }

    public record Status(ProjectionStats.Snapshot stats, Map<String, Long> appliedOffsets) {
    }

    @GET
    @Operation(summary = "Watermark (last applied offset per partition), lag and counters of this replica")
    public Status status() {
        return new Status(stats.snapshot(), new TreeMap<>(watermark.applied()));
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Drop this service's view and refold the whole log from offset 0")
    public Uni<Status> rebuild() {
        return Uni.createFrom().completionStage(consumer.rebuild()).map(v -> status());
    }
}
