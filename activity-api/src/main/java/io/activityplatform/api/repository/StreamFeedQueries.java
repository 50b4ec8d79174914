package io.activityplatform.api.repository;

import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.events.codec.Topics;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the remote stream feed reads, all within one snapshot: how far the shared view has applied each
 * partition, the applied history rows after given positions, and each activity's last applied row.
 */
public final class StreamFeedQueries {

    private StreamFeedQueries() {
    }

    /** The last applied offset of each {@code activity-events} partition, whichever replica projects it. */
    public static Uni<Map<Integer, Long>> appliedOffsets(SqlClient tx) {
        return tx.preparedQuery("select partition_id, applied_offset from projection_offsets where topic = $1")
                .execute(Tuple.of(Topics.ACTIVITY_EVENTS))
                .map(rows -> {
                    Map<Integer, Long> offsets = new HashMap<>();
                    for (Row row : rows) {
                        offsets.put(row.getInteger("partition_id"), row.getLong("applied_offset"));
                    }
                    return offsets;
                });
    }

    /**
     * Up to {@code limit} applied rows of each partition after its given offset, in log order per partition:
     * one statement, each partition read along the primary key.
     */
    public static Uni<List<HistoryRecord>> appliedAfter(SqlClient tx, Map<Integer, Long> after, int limit) {
        Integer[] partitions = after.keySet().toArray(Integer[]::new);
        Long[] offsets = new Long[partitions.length];
        for (int i = 0; i < partitions.length; i++) {
            offsets[i] = after.get(partitions[i]);
        }
        return tx.preparedQuery("select " + HistoryRepository.COLUMNS
                        + " from unnest($1::int[], $2::bigint[]) as c(p, o) cross join lateral"
                        + " (select * from activity_history where partition_id = c.p and log_offset > c.o"
                        + " and applied order by log_offset limit $3) h order by partition_id, log_offset")
                .execute(Tuple.of(partitions, offsets, limit)).map(HistoryRepository::records);
    }

    /** The offset of each activity's last applied event. */
    public static Uni<Map<UUID, Long>> lastApplied(SqlClient tx, Collection<UUID> activityIds) {
        return tx.preparedQuery("select activity_id, max(log_offset) as last from activity_history"
                        + " where activity_id = any($1) and applied group by activity_id")
                .execute(Tuple.of(activityIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, Long> last = new HashMap<>();
                    for (Row row : rows) {
                        last.put(row.getUUID("activity_id"), row.getLong("last"));
                    }
                    return last;
                });
    }
}
