package io.activityplatform.jobs.handler;

/**
 * Runs one server activity type. Implementations are CDI beans, found by {@link HandlerRegistry}: exactly one
 * per server type.
 *
 * <p>A handler runs on a job worker thread, never on the event loop. It must be cooperative: check
 * {@link JobContext#stopped()} between steps, let {@link InterruptedException} propagate, and register an
 * {@link JobContext#onStop(Runnable) onStop} hook for anything blocking that ignores interrupts (a process).
 */
public interface JobHandler {

    /** The activity type's wire name, e.g. {@code ArchiveRequest}. */
    String type();

    /**
     * True when running the activity again after a crash has the same effect as running it once. An orphaned
     * execution of an idempotent handler is resumed; any other is FAILED with {@code INTERRUPTED}.
     */
    boolean idempotent();

    /**
     * Does the work. Returning an outcome ends the activity with it (unless it was stopped meanwhile); an
     * exception other than {@link InterruptedException} ends it FAILED with {@code EXECUTION_FAILED}.
     */
    JobOutcome execute(JobContext context) throws Exception;
}
