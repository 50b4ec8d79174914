package io.activityplatform.api.repository;

import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.status.ActivityStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code activity_history} table: written once per projection batch, read by the history endpoints. */
@ApplicationScoped
public class HistoryRepository {

    static final String COLUMNS = "partition_id, log_offset, activity_id, event_id, event_type, "
            + "occurred_at, actor_kind, actor_id, source, applied, rejection, rejection_detail, status_before, "
            + "status_after, version_after, details::text as details";

    private final Pool pool;

    public HistoryRepository(Pool pool) {
        this.pool = pool;
    }

    /** One multi-row insert for the whole batch; a record already there (same log position) is left alone. */
    public Uni<Void> insert(SqlClient tx, List<HistoryRecord> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return tx.preparedQuery(HistoryColumns.INSERT).execute(HistoryColumns.of(records)).replaceWithVoid();
    }

    public Uni<Void> truncate(SqlClient tx) {
        return tx.query("truncate activity_history").execute().replaceWithVoid();
    }

    /**
     * Up to {@code limit} of the activity's events in log order, after the log position
     * ({@code afterPartition}, {@code afterOffset}); a null partition reads from the first event.
     */
    public Uni<List<HistoryRecord>> forActivity(UUID activityId, Integer afterPartition, long afterOffset,
            int limit) {
        return pool.preparedQuery("select " + COLUMNS + " from activity_history where activity_id = $1"
                        + " and ($2::int is null or (partition_id, log_offset) > ($2, $3))"
                        + " order by partition_id, log_offset limit $4")
                .execute(Tuple.of(activityId, afterPartition, afterOffset, limit)).map(HistoryRepository::records);
    }

    /** The applied events of an activity after a log offset, in log order (to replay a stream). */
    public Uni<List<HistoryRecord>> appliedAfter(UUID activityId, long afterOffset) {
        return pool.preparedQuery("select " + COLUMNS + " from activity_history where activity_id = $1"
                        + " and applied and log_offset > $2 order by partition_id, log_offset")
                .execute(Tuple.of(activityId, afterOffset)).map(HistoryRepository::records);
    }

    /** How the fold judged each of these events, by event id; events not yet projected are missing. */
    public Uni<Map<UUID, HistoryRecord>> byEventIds(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("select " + COLUMNS + " from activity_history where event_id = any($1)")
                .execute(Tuple.of(eventIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, HistoryRecord> byId = new HashMap<>();
                    records(rows).forEach(r -> byId.put(r.eventId(), r));
                    return byId;
                });
    }

    static List<HistoryRecord> records(RowSet<Row> rows) {
        List<HistoryRecord> list = new ArrayList<>(rows.size());
        rows.forEach(row -> list.add(record(row)));
        return list;
    }

    @SuppressWarnings("unchecked")
    private static HistoryRecord record(Row row) {
        Map<String, Object> details;
        try {
            details = EventCodec.mapper().readValue(row.getString("details"), Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("unreadable activity_history.details", e);
        }
        return new HistoryRecord(row.getInteger("partition_id"), row.getLong("log_offset"),
                row.getUUID("activity_id"), row.getUUID("event_id"), row.getString("event_type"),
                row.getOffsetDateTime("occurred_at").toInstant(),
                new Actor(Actor.Kind.valueOf(row.getString("actor_kind")), row.getString("actor_id")),
                row.getString("source"), row.getBoolean("applied"), row.getString("rejection"),
                row.getString("rejection_detail"), status(row, "status_before"), status(row, "status_after"),
                row.getInteger("version_after"), details);
    }

    private static ActivityStatus status(Row row, String column) {
        String value = row.getString(column);
        return value == null ? null : ActivityStatus.valueOf(value);
    }
}
