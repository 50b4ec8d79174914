package io.activityplatform.jobs.support;

import io.activityplatform.jobs.handler.JobContext;
import io.activityplatform.jobs.handler.JobOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Behaviours for {@link ScriptedHandlers}, by name (the activity's {@code pocket} parameter), and
 * what happened when they ran: how often each activity was executed, which executions were interrupted.
 */
@ApplicationScoped
public class JobScripts {

    /** What a scripted execution does. */
    public interface Script {
        JobOutcome run(JobContext context) throws Exception;
    }

    /** Reports 10 % and then blocks until interrupted (canceled, timed out). */
    public static final Script BLOCK = context -> {
        context.log("blocking until stopped");
        context.progress(10);
        new CountDownLatch(1).await();
        return JobOutcome.succeeded("never reached");
    };

    /** Reports two steps and succeeds. */
    public static final Script QUICK = context -> {
        context.log("step 1");
        context.progress(50);
        context.checkpoint();
        context.log("step 2");
        return JobOutcome.succeeded("done quickly");
    };

    private final Map<String, Script> scripts = new ConcurrentHashMap<>(Map.of("block", BLOCK, "quick", QUICK));
    private final Map<java.util.UUID, AtomicInteger> executions = new ConcurrentHashMap<>();
    private final Set<java.util.UUID> interrupted = ConcurrentHashMap.newKeySet();
    private final Set<java.util.UUID> started = ConcurrentHashMap.newKeySet();

    public void register(String name, Script script) {
        scripts.put(name, script);
    }

    JobOutcome run(String name, JobContext context) throws Exception {
        java.util.UUID id = context.activity().id();
        executions.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        started.add(id);
        Script script = scripts.get(name);
        if (script == null) {
            return JobOutcome.failed("UNKNOWN_SCRIPT", "no test script " + name);
        }
        try {
            return script.run(context);
        } catch (InterruptedException e) {
            interrupted.add(id);
            throw e;
        }
    }

    public int executions(java.util.UUID activityId) {
        AtomicInteger count = executions.get(activityId);
        return count == null ? 0 : count.get();
    }

    public boolean started(java.util.UUID activityId) {
        return started.contains(activityId);
    }

    public boolean interrupted(java.util.UUID activityId) {
        return interrupted.contains(activityId);
    }
}
