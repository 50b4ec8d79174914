package io.activityplatform.jobs.rest;

import io.activityplatform.service.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.activityplatform.jobs.execution.ProcessInstance;
import io.activityplatform.jobs.execution.RunningJob;
import io.activityplatform.jobs.execution.RunningJobs;
import io.activityplatform.jobs.metrics.JobMetrics;
import io.activityplatform.service.projection.ProjectionStats;
import io.activityplatform.service.rest.Page;
import io.activityplatform.service.rest.PageLimits;
import io.activityplatform.service.rest.PageLinks;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.AccountChoice;
import io.activityplatform.service.security.Caller;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Operators' view of this process's job handling: counters and the executions running here. Executions are
 * those of the caller's accounts only (tenancy: another account's execution is a 404 like none); the counters
 * are process-wide operational numbers that name no activity.
 */
@Path("/admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs", description = "Server activities executed by this job-handler process")
@RolesAllowed(Roles.ADMIN)
public class JobsResource {

    /** Executions listed at most; a process runs far fewer at once. */
    static final int MAX_LIMIT = 1000;

    private final RunningJobs running;
    private final JobMetrics metrics;
    private final ProjectionStats projection;
    private final ProcessInstance instance;
    private final Caller caller;

    public JobsResource(RunningJobs running, JobMetrics metrics, ProjectionStats projection, ProcessInstance instance,
            Caller caller) {
        this.caller = caller;
        this.running = running;
        this.metrics = metrics;
        this.projection = projection;
        this.instance = instance;
    }

    /** One execution running in this process. */
    public record Execution(UUID activityId, String type, UUID claimEventId, Instant startedAt, String stopReason) {
        static Execution of(RunningJob job) {
            return new Execution(job.activityId(), job.type(), job.claimEventId(), job.startedAt(), job.stopReason());
        }
    }

    /**
     * The process's counters and one page of its executions, oldest first; {@code nextCursor} (and the Link header)
     * continue the list like every other list of the API.
     */
    public record Status(String instance, int concurrency, int running, long projectionLag, JobMetrics.Snapshot counters,
            List<Execution> executions, String nextCursor) {
    }

    private static final Comparator<Execution> OLDEST_FIRST = Comparator.comparing(Execution::startedAt)
            .thenComparing(Execution::activityId);

    @GET
    @Operation(summary = "Counters (claims won/lost, outcomes, scans), projection lag and running executions")
    public RestResponse<Status> status(
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "At most this many executions, oldest first (1.." + MAX_LIMIT + ")")
            @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        PageLimits.check(limit, MAX_LIMIT);
        Execution after = PageLinks.decode(cursor, 2, parts -> new Execution(UUID.fromString(parts.get(1)), null, null,
                Instant.parse(parts.get(0)), null));
        Set<String> accounts = caller.accounts();
        List<Execution> all = running.all().stream().filter(job -> AccountChoice.visible(accounts, job.accountId()))
                .map(Execution::of).sorted(OLDEST_FIRST).toList();
        List<Execution> following = all.stream().filter(e -> after == null || OLDEST_FIRST.compare(e, after) > 0)
                .limit(limit + 1L).toList();
        Page<Execution> page = Page.of(following, limit,
                e -> PageLinks.encode(e.startedAt().toString(), e.activityId().toString()));
        Status status = new Status(instance.id(), running.concurrency(), all.size(), projection.snapshot().lag(),
                metrics.snapshot(), page.items(), page.nextCursor());
        return PageLinks.ok(status, page.nextCursor(), uri);
    }

    @GET
    @Path("/{activityId}")
    @Operation(summary = "The execution of one activity, if it runs in this process")
    public Execution execution(@PathParam("activityId") UUID activityId) {
        Set<String> accounts = caller.accounts();
        return running.get(activityId).filter(job -> AccountChoice.visible(accounts, job.accountId())).map(Execution::of).orElseThrow(() -> ProblemException.notFound(
                "activity " + activityId + " is not running in job-handler process " + instance.id()));
    }
}
