package io.activityplatform.service.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code projection_quarantine} table: every record the projection set aside, in one place for operators.
 * Malformed records (the contract rejects them; reason {@code malformed: ...}) are listed with their batch;
 * records whose effect cannot be stored are isolated from their batch and listed with the database's reason.
 */
@ApplicationScoped
public class ProjectionQuarantine {

    private static final String INSERT = """
            insert into projection_quarantine (topic, partition_id, log_offset, event_id, subject, reason)
            values ($1, $2, $3, $4, $5, $6) on conflict do nothing
            """;

    private final Pool pool;

    public ProjectionQuarantine(Pool pool) {
        this.pool = pool;
    }

    /** The total, and the {@code limit} latest by log position, for operators. */
    public Uni<Listing> list(int limit) {
        return pool.query("select count(*) from projection_quarantine").execute()
                .flatMap(count -> pool.preparedQuery("select * from projection_quarantine"
                                + " order by quarantined_at desc, topic, partition_id, log_offset limit $1")
                        .execute(Tuple.of(limit))
                        .map(rows -> {
                            List<QuarantinedRecord> records = new ArrayList<>();
                            rows.forEach(row -> records.add(fromRow(row)));
                            return new Listing(count.iterator().next().getLong(0), records);
                        }));
    }

    static Uni<Void> insert(SqlClient tx, PolledRecord record, String reason) {
        return tx.preparedQuery(INSERT).execute(Tuple.tuple(Arrays.asList(record.topic(), record.partition(),
                record.offset(), record.eventId(), record.subject(), reason))).replaceWithVoid();
    }

    static Uni<Void> insertAll(SqlClient tx, List<RecordFolder.SetAside> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = records.stream().map(r -> Tuple.tuple(Arrays.asList(r.record().topic(),
                r.record().partition(), r.record().offset(), r.record().eventId(), r.record().subject(),
                r.reason()))).toList();
        return tx.preparedQuery(INSERT).executeBatch(rows).replaceWithVoid();
    }

    private static QuarantinedRecord fromRow(Row row) {
        return new QuarantinedRecord(row.getString("topic"), row.getInteger("partition_id"),
                row.getLong("log_offset"), row.getUUID("event_id"), row.getString("subject"),
                row.getString("reason"), row.getOffsetDateTime("quarantined_at").toInstant());
    }

    /** How many records this service's view has quarantined, and the latest of them. */
    public record Listing(long count, List<QuarantinedRecord> latest) {
    }
}
