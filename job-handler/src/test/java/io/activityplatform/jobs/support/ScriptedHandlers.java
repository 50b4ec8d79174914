package io.activityplatform.jobs.support;

import io.activityplatform.jobs.handler.JobContext;
import io.activityplatform.jobs.handler.JobHandler;
import io.activityplatform.jobs.handler.JobOutcome;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Decorates every handler in tests: a SyncPocketRequest whose {@code distribution} is {@code scripted} runs
 * the {@link JobScripts} script named by its {@code pocket} (counted, controllable); everything else runs the
 * real handler untouched.
 */
@Decorator
@Priority(1)
public abstract class ScriptedHandlers implements JobHandler {

    public static final String SCRIPTED = "scripted";

    @Inject
    @Delegate
    @Any
    JobHandler delegate;

    @Inject
    JobScripts scripts;

    public static Map<String, Object> parameters(String script) {
        return Map.of("distribution", SCRIPTED, "series", "test", "pocket", script);
    }

    @Override
    public JobOutcome execute(JobContext context) throws Exception {
        if ("SyncPocketRequest".equals(delegate.type()) && SCRIPTED.equals(context.parameters().get("distribution"))) {
            return scripts.run(String.valueOf(context.parameters().get("pocket")), context);
        }
        return delegate.execute(context);
    }
}
