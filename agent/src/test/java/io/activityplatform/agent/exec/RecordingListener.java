package io.activityplatform.agent.exec;

import io.activityplatform.agent.protocol.OperationResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Collects what an executor reports, for assertions. */
public class RecordingListener implements ExecutionListener {

    public final StringBuffer output = new StringBuffer();
    public final CompletableFuture<OperationResult> result = new CompletableFuture<>();
    public final java.util.List<Integer> percents = new java.util.concurrent.CopyOnWriteArrayList<>();
    public volatile int finishedCalls;

    @Override
    public void output(String chunk) {
        output.append(chunk);
    }

    @Override
    public void percent(int percent) {
        percents.add(percent);
    }

    @Override
    public void finished(OperationResult r) {
        finishedCalls++;
        result.complete(r);
    }

    public OperationResult await(Duration max) throws Exception {
        return result.get(max.toMillis(), TimeUnit.MILLISECONDS);
    }
}
