package io.activityplatform.jobs.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** job-handler settings, under {@code jobs.}. */
@ConfigMapping(prefix = "jobs")
public interface JobsConfig {

    /** Handlers running at once in this process; claims are only made for free slots. */
    @WithDefault("4")
    int concurrency();

    /** How often the view is scanned for reactions even when no batch woke the reactor (clock moves). */
    @WithDefault("1s")
    Duration scanInterval();

    /** Rows read per page by the scans. */
    @WithDefault("500")
    int scanPageSize();

    /** How long to wait for the own view to apply a published claim or reaction before giving up. */
    @WithDefault("10s")
    Duration applyTimeout();

    /** How often this process renews the heartbeat of the executions it runs (wall-clock schedule). */
    @WithDefault("5s")
    Duration heartbeatInterval();

    /**
     * An IN_PROGRESS server activity whose execution heartbeat is older than this (by the injected clock),
     * and that no handler in this process runs, is orphaned: resumed or failed INTERRUPTED.
     */
    @WithDefault("30s")
    Duration orphanAfter();

    /**
     * Where this service keeps its files (ArchiveRequest's archives); env {@code JOBS_DATA_DIRECTORY}. Must be
     * absolute, so files never land in the working directory: a volume in Kubernetes, {@code
     * .local-data/job-handler} in the local stack.
     */
    @WithDefault("/var/lib/job-handler")
    Path dataDirectory();

    /**
     * Test instrument (issue 10 §6): when set (env {@code JOBS_EXECUTION_LEDGER}), every handler start appends
     * a line to this file (common-events {@code ExecutionLedger}), so a system test can count real executions.
     * Unset in production.
     */
    Optional<Path> executionLedger();

    Archive archive();

    SyncPocket syncPocket();

    interface Archive {
        /** Where ArchiveRequest writes its gzip JSON-lines files; a relative path is under {@code data-directory}. */
        @WithDefault("archives")
        Path directory();

        /** Activities per ActivityArchived publishing round. */
        @WithDefault("500")
        int batchSize();
    }

    interface SyncPocket {
        /**
         * The mirror-sync command and its arguments; {distribution}, {series}, {pocket}, {components},
         * {architectures} and {mirrorUri} are substituted. Absent: the built-in SIMULATION script runs.
         */
        Optional<List<String>> command();

        /** Killed and FAILED with TIME_LIMIT_EXCEEDED after this long (by the injected clock). */
        @WithDefault("2h")
        Duration timeLimit();

        /** Pause between the simulation's steps (only for the built-in simulation). */
        @WithDefault("1s")
        Duration simulationStep();
    }
}
