package io.activityplatform.api.rest;

import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.api.rest.dto.ActivityStreamEvent;
import io.activityplatform.api.rest.openapi.ProblemDocument;
import io.activityplatform.api.service.ActivityReader;
import io.activityplatform.api.service.StreamService;
import io.activityplatform.api.stream.ActivityStreamHub;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.security.Caller;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Server-Sent Events, fed by this service's projection after each committed batch, in log order. Each SSE
 * event is named by its eventType and identified by its log position ({@code partition-offset}).
 */
@Path("/activities")
@Produces(MediaType.SERVER_SENT_EVENTS)
@Tag(name = "Activities")
@RolesAllowed(Roles.VIEWER)
public class ActivityStreamResource {

    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(10);

    private final StreamService streams;
    private final ActivityReader reader;
    private final Caller caller;

    public ActivityStreamResource(StreamService streams, ActivityReader reader, Caller caller) {
        this.streams = streams;
        this.reader = reader;
        this.caller = caller;
    }

    @GET
    @Path("/stream")
    @Operation(summary = "Live creations and status changes of all activities matching the filter",
            description = "Starts with the comment ': connected' once the subscription is in place; then one "
                    + "event per applied activity.created or activity.status-changed, data as "
                    + "ActivityStreamEvent. Live only: reconnecting does not replay.")
    @APIResponse(responseCode = "200", description = "text/event-stream of ActivityStreamEvent",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = ActivityStreamEvent.class)))
    @APIResponse(responseCode = "400", description = "A bad filter, named in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    public Multi<OutboundSseEvent> all(@BeanParam FilterQuery filter, @Context Sse sse) {
        ActivityStreamHub.Registration live = streams.all(filter.toParams(), caller.accounts());
        // "connected" only once every replica's events reach the registration (the remote feed is armed).
        return streams.ready().onItem().transformToMulti(ready -> Multi.createBy().concatenating()
                .streams(Multi.createFrom().item(sse.newEventBuilder().comment("connected").build()),
                        live.events().map(e -> toSse(sse, e))))
                // However it ends, even before the events were subscribed (client gone while arming).
                .onTermination().invoke(live::close);
    }

    @GET
    @Path("/{id}/stream")
    @Operation(summary = "Every applied event of one activity: its history so far, then live",
            description = "Replays the applied events already in the history (after Last-Event-ID when "
                    + "reconnecting), then streams new ones: status changes, progress, late results, archiving.")
    @APIResponse(responseCode = "200", description = "text/event-stream of ActivityStreamEvent",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = ActivityStreamEvent.class)))
    @APIResponse(responseCode = "404", description = "No such activity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ProblemDocument.class)))
    @Blocking
    public Multi<OutboundSseEvent> one(@PathParam("id") UUID id,
            @Parameter(description = "The id of the last event received, to resume after it")
            @HeaderParam(RequestHeaders.LAST_EVENT_ID) String lastEventId, @Context Sse sse) {
        // The activity is looked up (on a worker thread) before the stream starts: once a stream has begun,
        // a failure can only cut it off, so an unknown activity must be answered 404 here.
        ActivityState state = reader.get(id, caller.accounts()).await().atMost(LOOKUP_TIMEOUT);
        return streams.one(state, lastEventId).map(e -> toSse(sse, e));
    }

    private static OutboundSseEvent toSse(Sse sse, ActivityStreamEvent event) {
        return sse.newEventBuilder().id(event.sseId()).name(event.eventType())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(ActivityStreamEvent.class, event).build();
    }
}
