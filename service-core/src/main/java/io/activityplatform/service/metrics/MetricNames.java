package io.activityplatform.service.metrics;

/**
 * Every platform metric name and tag, in one place, so dashboards (deploy/kubernetes Grafana) and code agree.
 * Names are Micrometer's dotted form; Prometheus at {@code /q/metrics} shows them with underscores, counters
 * with {@code _total} and timers with {@code _seconds} (the Prometheus name is given for each). The list is
 * repeated in docs/architecture.md, "Metrics".
 */
public final class MetricNames {

    /** Gauge {@code activities_projection_lag{topic,partition}}: records behind the log end. */
    public static final String PROJECTION_LAG = "activities.projection.lag";
    /** Counter {@code activities_projection_events_total{outcome,reason}}: folded records. */
    public static final String PROJECTION_EVENTS = "activities.projection.events";
    /** Summary {@code activities_projection_batch_size}: records per written batch. */
    public static final String PROJECTION_BATCH_SIZE = "activities.projection.batch.size";
    /** Timer {@code activities_projection_batch_seconds}: fold and write of one batch, in one transaction. */
    public static final String PROJECTION_BATCH = "activities.projection.batch";
    /** Counter {@code activities_projection_batches_total}: batches whose offsets were committed. */
    public static final String PROJECTION_BATCHES = "activities.projection.batches";
    /** Counter {@code activities_projection_replays_skipped_total}: records already applied, skipped. */
    public static final String PROJECTION_REPLAYS_SKIPPED = "activities.projection.replays.skipped";
    /** Counter {@code activities_projection_failures_total}: batches rolled back and retried. */
    public static final String PROJECTION_FAILURES = "activities.projection.failures";
    /** Activity states a batch found in memory ({@code outcome=hit}) or read from the view ({@code miss}). */
    public static final String PROJECTION_STATE_LOADS = "activities.projection.state.loads";
    /** Timer {@code activities_read_your_writes_wait_seconds}: publish until the own view applied it. */
    public static final String READ_YOUR_WRITES_WAIT = "activities.read.your.writes.wait";
    /** Counter {@code activities_claims_total{outcome}}: won, lost, undecided. */
    public static final String CLAIMS = "activities.claims";
    /** Counter {@code activities_reactions_total{rule}}: status changes emitted by reaction rules. */
    public static final String REACTIONS = "activities.reactions";
    /** Gauge {@code activities_view_activities{status,kind}}: activities in the view, refreshed periodically. */
    public static final String VIEW_ACTIVITIES = "activities.view.activities";
    /** Timer {@code activities_agent_exchange_seconds}: one agent exchange, request to response. */
    public static final String AGENT_EXCHANGE = "activities.agent.exchange";
    /** Counter {@code activities_agent_messages_total{direction}}: in (from agents) and out (to agents). */
    public static final String AGENT_MESSAGES = "activities.agent.messages";
    /** Counter {@code activities_agent_exchange_failures_total}: exchanges answered with an error. */
    public static final String AGENT_EXCHANGE_FAILURES = "activities.agent.exchange.failures";
    /** Gauge {@code activities_agents{state}}: registered agents by state, refreshed periodically. */
    public static final String AGENTS = "activities.agents";
    /** Counter {@code activities_handler_runs_total{type,outcome}}: server activity executions. */
    public static final String HANDLER_RUNS = "activities.handler.runs";
    /** Timer {@code activities_handler_seconds{type}}: time spent in a handler. */
    public static final String HANDLER = "activities.handler";
    /** Gauge {@code activities_outbox_messages}: messages waiting in the agent outbox, refreshed periodically. */
    public static final String OUTBOX_MESSAGES = "activities.outbox.messages";
    /** Counter {@code activities_scans_total{outcome}}: reaction scans run and failed (job-handler). */
    public static final String SCANS = "activities.scans";
    /** Counter {@code activities_recoveries_total}: executions resumed after a crash (job-handler). */
    public static final String RECOVERIES = "activities.recoveries";

    public static final String TAG_OUTCOME = "outcome";
    public static final String TAG_REASON = "reason";
    public static final String TAG_TOPIC = "topic";
    public static final String TAG_PARTITION = "partition";
    public static final String TAG_STATUS = "status";
    public static final String TAG_KIND = "kind";
    public static final String TAG_RULE = "rule";
    public static final String TAG_DIRECTION = "direction";
    public static final String TAG_STATE = "state";
    public static final String TAG_TYPE = "type";

    public static final String APPLIED = "applied";
    public static final String REJECTED = "rejected";
    public static final String QUARANTINED = "quarantined";
    public static final String WON = "won";
    public static final String LOST = "lost";
    public static final String UNDECIDED = "undecided";
    /** reason tag of quarantined records: their effect could not be stored (details at /admin/projection). */
    public static final String UNSTORABLE = "unstorable";
    /** reason tag of applied events, so every series of the counter has the same tag keys. */
    public static final String NONE = "none";

    private MetricNames() {
    }
}
