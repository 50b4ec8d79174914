package io.activityplatform.service.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The last applied offset per partition, stored with the view in one transaction. On assignment the
 * consumer seeks just past it; a record at or below it is a replay and is skipped. This, not Kafka's
 * committed offsets, is what makes the projection exactly-once.
 */
final class ProjectionOffsets {

    private static final String SAVE = """
            insert into projection_offsets (topic, partition_id, applied_offset, events, rejected, malformed,
                quarantined)
            select * from unnest($1::text[], $2::int[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[],
                $7::bigint[])
            on conflict (topic, partition_id) do update set applied_offset = excluded.applied_offset,
                events = projection_offsets.events + excluded.events,
                rejected = projection_offsets.rejected + excluded.rejected,
                malformed = projection_offsets.malformed + excluded.malformed,
                quarantined = projection_offsets.quarantined + excluded.quarantined
            """;

    private ProjectionOffsets() {
    }

    /** Applied offsets keyed by {@code topic:partition}. */
    static Uni<Map<String, Long>> load(SqlClient client) {
        return client.query("select topic, partition_id, applied_offset from projection_offsets").execute()
                .map(rows -> {
                    Map<String, Long> offsets = new HashMap<>();
                    for (Row row : rows) {
                        offsets.put(key(row.getString("topic"), row.getInteger("partition_id")),
                                row.getLong("applied_offset"));
                    }
                    return offsets;
                });
    }

    static Uni<Void> save(SqlClient client, Map<String, PartitionProgress> progress) {
        if (progress.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = progress.size();
        String[] topic = new String[n];
        Integer[] partition = new Integer[n];
        Long[] offset = new Long[n];
        Long[] events = new Long[n];
        Long[] rejected = new Long[n];
        Long[] malformed = new Long[n];
        Long[] quarantined = new Long[n];
        int i = 0;
        for (PartitionProgress p : progress.values()) {
            topic[i] = p.topic;
            partition[i] = p.partition;
            offset[i] = p.lastOffset;
            events[i] = p.events;
            rejected[i] = p.rejected;
            malformed[i] = p.malformed;
            quarantined[i] = p.quarantined;
            i++;
        }
        return client.preparedQuery(SAVE)
                .execute(Tuple.tuple(List.of(topic, partition, offset, events, rejected, malformed, quarantined)))
                .replaceWithVoid();
    }

    static String key(String topic, int partition) {
        return topic + ":" + partition;
    }

    /** What one batch did to one partition. */
    static final class PartitionProgress {
        final String topic;
        final int partition;
        long lastOffset;
        long events;
        long rejected;
        long malformed;
        long quarantined;

        PartitionProgress(String topic, int partition) {
            this.topic = topic;
            this.partition = partition;
        }
    }
}
