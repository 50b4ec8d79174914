package io.activityplatform.bench;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.activityplatform.local.PostgresEndpoint;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The yardstick: db-scheduler 16.12 in its best configuration (32 threads, lock-and-fetch polling, immediate
 * execution, 100 ms polling interval) running no-op one-time tasks on its own database of the same server.
 * Throughput: N instances enqueued with one {@code scheduleBatch} call, until the last completion (a
 * completed one-time task is deleted, so "final visible" is the completion the listener reports, after its
 * commit). Idle: one task at a time; start = the task body runs, final = completion reported.
 */
public final class DbSchedulerBench {

    static final String DATABASE = "db_scheduler";
    static final String DDL = """
            DROP TABLE IF EXISTS scheduled_tasks;
            CREATE TABLE scheduled_tasks (
              task_name TEXT NOT NULL, task_instance TEXT NOT NULL, task_data BYTEA,
              execution_time TIMESTAMP WITH TIME ZONE NOT NULL, picked BOOLEAN NOT NULL, picked_by TEXT,
              last_success TIMESTAMP WITH TIME ZONE, last_failure TIMESTAMP WITH TIME ZONE,
              consecutive_failures INT, last_heartbeat TIMESTAMP WITH TIME ZONE, version BIGINT NOT NULL,
              priority SMALLINT, PRIMARY KEY (task_name, task_instance));
            CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
            CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
            CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
            """;

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Long>> awaited = new ConcurrentHashMap<>();
    private volatile CountDownLatch remaining = new CountDownLatch(0);
    private final ProcessCpu own;
    /** db-scheduler runs in this JVM: its compilers are the ones to let settle. */
    private final CompilerCpu compilers = CompilerCpu.thisJvm();
    private String lastJit = "JIT: not run";

    public DbSchedulerBench(ProcessCpu own) {
        this.own = own;
    }

    /** As {@link ServerActivityBench#lastJit()}, for db-scheduler's JVM. */
    public String lastJit() {
        return lastJit;
    }

    public Result run(PostgresEndpoint postgres, int n, int samples, WarmUp warmUp) throws Exception {
        try (HikariDataSource dataSource = dataSource(postgres)) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute(DDL);
            }
            OneTimeTask<Void> task = Tasks.oneTime("no-op").execute((instance, context) ->
                    started.computeIfPresent(instance.getId(), (id, zero) -> System.nanoTime()));
            Scheduler scheduler = Scheduler.create(dataSource, task).threads(32)
                    .pollUsingLockAndFetch(0.5, 3.0).pollingInterval(Duration.ofMillis(100))
                    .enableImmediateExecution().addSchedulerListener(new Completions()).build();
            scheduler.start();
            try {
                // the same work unmeasured first, as the platform gets: both are measured with a warm JIT
                int[] rounds = {0};
                WarmUp.Outcome warm = warmUp.run(k -> runBatch(scheduler, task, "warmup-" + rounds[0]++ + "-", k),
                        compilers::sample);
                Latencies toStart = new Latencies();
                Latencies toFinal = new Latencies();
                idle(scheduler, task, samples, toStart, toFinal);
                List<TaskInstance<?>> batch = batch(task, "bulk-", n);
                remaining = new CountDownLatch(n);
                double cpu = CpuMeter.busyMillis();
                double ownCpu = own.millis();
                CompilerCpu.Sample compiling = compilers.sample();
                long begin = System.nanoTime();
                scheduler.scheduleBatch(batch, Instant.now());
                long enqueued = System.nanoTime();
                if (!remaining.await(30, TimeUnit.MINUTES)) {
                    throw new IllegalStateException(remaining.getCount() + " db-scheduler tasks never completed");
                }
                long done = System.nanoTime();
                lastJit = WarmUp.jitLine(warm, compilers.sample().shareSince(compiling));
                return new Result("db-scheduler 16.12 (no-op task)", n, seconds(enqueued - begin),
                        seconds(done - begin), CpuMeter.busyMillis() - cpu, own.millis() - ownCpu, toStart, toFinal, CpuMeter.loadAverage());
            } finally {
                scheduler.stop();
            }
        }
    }

    private void runBatch(Scheduler scheduler, OneTimeTask<Void> task, String prefix, int n) throws Exception {
        remaining = new CountDownLatch(n);
        scheduler.scheduleBatch(batch(task, prefix, n), Instant.now());
        if (!remaining.await(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException(remaining.getCount() + " db-scheduler warm-up tasks never completed");
        }
    }

    private static List<TaskInstance<?>> batch(OneTimeTask<Void> task, String prefix, int n) {
        List<TaskInstance<?>> batch = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            batch.add(task.instance(prefix + i));
        }
        return batch;
    }

    private void idle(Scheduler scheduler, OneTimeTask<Void> task, int samples, Latencies toStart,
                      Latencies toFinal) throws Exception {
        for (int i = 0; i < samples; i++) {
            String id = "idle-" + i;
            started.put(id, 0L);
            CompletableFuture<Long> completed = new CompletableFuture<>();
            awaited.put(id, completed);
            long begin = System.nanoTime();
            scheduler.schedule(task.instance(id), Instant.now());
            long end = completed.get(1, TimeUnit.MINUTES);
            toStart.add((started.remove(id) - begin) / 1e6);
            toFinal.add((end - begin) / 1e6);
            Thread.sleep(20); // pacing: each sample starts idle
        }
    }

    private final class Completions extends AbstractSchedulerListener {
        @Override
        public void onExecutionComplete(ExecutionComplete complete) {
            long now = System.nanoTime();
            CompletableFuture<Long> sample = awaited.remove(complete.getExecution().taskInstance.getId());
            if (sample != null) {
                sample.complete(now);
            } else {
                remaining.countDown();
            }
        }
    }

    static HikariDataSource dataSource(PostgresEndpoint postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl(DATABASE));
        config.setUsername(postgres.username());
        config.setPassword(postgres.password());
        config.setMaximumPoolSize(40); // 32 executors plus polling and the enqueuing client
        return new HikariDataSource(config);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
