package io.activityplatform.api.schedule.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.api.schedule.model.Firing;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The {@code schedule_firings} audit: one row per fire instant that created activities. */
@ApplicationScoped
public class FiringRepository {

    private final Pool pool;

    public FiringRepository(Pool pool) {
        this.pool = pool;
    }

    /** Records firings; a firing already recorded (another replica, a retried tick) is left as it is. */
    public Uni<Void> record(SqlClient tx, UUID scheduleId, List<Firing> firings) {
        if (firings.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime[] fireAt = firings.stream().map(f -> utc(f.fireAt())).toArray(OffsetDateTime[]::new);
        UUID[] activity = firings.stream().map(Firing::activityId).toArray(UUID[]::new);
        OffsetDateTime[] recorded = firings.stream().map(f -> utc(f.recordedAt())).toArray(OffsetDateTime[]::new);
        return tx.preparedQuery("insert into schedule_firings (schedule_id, fire_at, activity_id, recorded_at)"
                        + " select $1, f.fire_at, f.activity_id, f.recorded_at"
                        + " from unnest($2::timestamptz[], $3::uuid[], $4::timestamptz[])"
                        + " as f(fire_at, activity_id, recorded_at) on conflict do nothing")
                .execute(Tuple.of(scheduleId, fireAt, activity, recorded))
                .replaceWithVoid();
    }

    /** The latest {@code limit} firings of a schedule, newest first, before {@code before} (null: from now). */
    public Uni<List<Firing>> latest(UUID scheduleId, Instant before, int limit) {
        return pool.preparedQuery("select fire_at, activity_id, recorded_at from schedule_firings"
                        + " where schedule_id = $1 and ($2::timestamptz is null or fire_at < $2)"
                        + " order by fire_at desc limit $3")
                .execute(Tuple.of(scheduleId, utc(before), limit))
                .map(rows -> {
                    List<Firing> firings = new ArrayList<>(rows.size());
                    rows.forEach(row -> firings.add(new Firing(row.getOffsetDateTime("fire_at").toInstant(),
                            row.getUUID("activity_id"), row.getOffsetDateTime("recorded_at").toInstant())));
                    return firings;
                });
    }
}
