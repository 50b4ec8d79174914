package io.activityplatform.jobs.execution;

import io.activityplatform.events.ledger.ExecutionLedger;
import io.activityplatform.jobs.config.JobsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Appends one line per handler start to the execution ledger, when {@code jobs.execution-ledger} names one
 * (a test instrument: the system test fails if any activity was started twice). Executor {@code job-handler},
 * attempt = the claim's event id.
 */
@ApplicationScoped
public class StartLedger {

    static final String EXECUTOR = "job-handler";
    private static final Logger LOG = Logger.getLogger(StartLedger.class);

    private final Optional<ExecutionLedger> ledger;

    public StartLedger(JobsConfig config) {
        this.ledger = config.executionLedger().map(ExecutionLedger::new);
        ledger.ifPresent(l -> LOG.infof("Writing the execution ledger %s", l.file()));
    }

    /** On the worker thread, right before the handler runs. */
    void started(RunningJob job) {
        ledger.ifPresent(l -> l.started(EXECUTOR, job.activityId(), job.claimEventId().toString()));
    }
}
