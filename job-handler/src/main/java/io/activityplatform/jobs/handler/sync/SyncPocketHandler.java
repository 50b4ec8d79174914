package io.activityplatform.jobs.handler.sync;

import io.activityplatform.events.event.ActivityResult;
import io.activityplatform.events.event.ErrorCodes;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.jobs.config.JobsConfig;
import io.activityplatform.jobs.handler.JobContext;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.handler.JobOutcome;
import io.activityplatform.jobs.handler.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code SyncPocketRequest}: runs the configured mirror-sync command ({@code jobs.sync-pocket.command}) with
 * progress and a time limit. Without a configured command it runs a clearly labelled SIMULATION that contacts
 * nothing. Idempotent: syncing a pocket again converges to the same mirror.
 */
@ApplicationScoped
public class SyncPocketHandler implements JobHandler {

    static final String TIME_LIMIT_EXCEEDED = "TIME_LIMIT_EXCEEDED";

    private final JobsConfig.SyncPocket config;

    public SyncPocketHandler(JobsConfig config) {
        this.config = config.syncPocket();
    }

    @Override
    public String type() {
        return ActivityType.SYNC_POCKET_REQUEST.wireName();
    }

    @Override
    public boolean idempotent() {
        return true;
    }

    @Override
    public JobOutcome execute(JobContext context) throws Exception {
        Parameters.Validated validated = Parameters.validate(ActivityType.SYNC_POCKET_REQUEST, context);
        if (!validated.valid()) {
            return validated.rejection();
        }
        Parameters parameters = validated.parameters();
        String pocket = parameters.string("distribution").orElseThrow() + " " + parameters.string("series").orElseThrow()
                + "-" + parameters.string("pocket").orElseThrow();
        SyncCommand command = SyncCommand.of(config, parameters);
        CommandRunner.Result result = CommandRunner.run(command.command(), command.environment(), config.timeLimit(),
                context);
        String label = command.simulation() ? "SIMULATION: " : "";
        if (result.timedOut()) {
            return JobOutcome.failed(TIME_LIMIT_EXCEEDED, label + "sync of " + pocket + " killed after the time limit of "
                    + config.timeLimit());
        }
        if (result.exitCode() != 0) {
            return JobOutcome.failed(ActivityResult.of(result.exitCode(), label + "sync of " + pocket + " failed"),
                    ErrorCodes.EXECUTION_FAILED, "the sync command exited with " + result.exitCode());
        }
        return JobOutcome.succeeded(0, label + "synced " + pocket
                + (command.simulation() ? " (simulated: nothing was downloaded)" : ""), java.util.List.of());
    }
}
