package io.activityplatform.api.schedule.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.api.schedule.model.LoadedSchedule;
import io.activityplatform.api.schedule.model.Schedule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code schedules} table: configuration writes, reads, and the firing loop's locked batch. */
@ApplicationScoped
public class ScheduleRepository {

    // The template goes as text and is cast: a String bound straight to jsonb would be stored as a JSON string.
    private static final String UPSERT = "insert into schedules (id, name, description, template, day_of_week,"
            + " trigger_times, timezone, calendar, active, created_at, updated_at, evaluated_until, next_check_at,"
            + " account_id) values ($1, $2, $3, $4::text::jsonb, $5, $6, $7, $8, $9, $10, $11, $12, $13, $15)"
            + " on conflict (id) do update set name = excluded.name, description = excluded.description,"
            + " template = excluded.template, day_of_week = excluded.day_of_week,"
            + " trigger_times = excluded.trigger_times, timezone = excluded.timezone, calendar = excluded.calendar,"
            + " active = excluded.active, updated_at = excluded.updated_at,"
            + " evaluated_until = excluded.evaluated_until, next_check_at = excluded.next_check_at,"
            + " version = schedules.version + 1"
            // Conditional update: with an expected version, a row that moved on since is left alone (0 rows).
            + " where ($14::int is null or schedules.version = $14)"
            // The account is fixed at creation: a replace never moves a schedule to another tenant.
            + " and schedules.account_id = excluded.account_id";

    private final Pool pool;

    public ScheduleRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Inserts or replaces the configuration of a schedule, adding 1 to its version. Counters and the last firing
     * survive a replace; {@code evaluatedUntil} and {@code nextCheckAt} are the caller's (re-based to "now" on
     * every change). With {@code expectedVersion}, a stored schedule at another version is not replaced: false.
     */
    public Uni<Boolean> save(Schedule s, Instant nextCheckAt, Integer expectedVersion) {
        Tuple values = Tuple.from(Arrays.asList(s.id(), s.name(), s.description(), ScheduleRows.json(s.template()),
                s.dayOfWeek(), s.triggerTimes().toArray(String[]::new), s.timezone(), s.calendar(),
                s.active(), utc(s.createdAt()), utc(s.updatedAt()), utc(s.evaluatedUntil()), utc(nextCheckAt),
                expectedVersion, s.accountId()));
        return pool.preparedQuery(UPSERT).execute(values).map(rows -> rows.rowCount() == 1);
    }

    /** The schedule if it belongs to one of {@code accounts}; another account's is absent like a missing one. */
    public Uni<Optional<LoadedSchedule>> find(UUID id, Set<String> accounts) {
        return pool.preparedQuery(ScheduleRows.SELECT + " where s.id = $1 and s.account_id = any($2)")
                .execute(Tuple.of(id, accounts.toArray(String[]::new)))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(ScheduleRows.fromRow(rows.iterator().next())));
    }

    /**
     * Up to {@code limit} schedules of {@code accounts} with ids after {@code after}, in id order; {@code active}
     * null means all.
     */
    public Uni<List<LoadedSchedule>> page(Boolean active, UUID after, int limit, Set<String> accounts) {
        return pool.preparedQuery(ScheduleRows.SELECT + " where ($1::bool is null or s.active = $1)"
                        + " and ($2::uuid is null or s.id > $2) and s.account_id = any($4) order by s.id limit $3")
                .execute(Tuple.of(active, after, limit, accounts.toArray(String[]::new)))
                .map(ScheduleRepository::all);
    }

    public Uni<Boolean> delete(UUID id, Set<String> accounts) {
        return pool.preparedQuery("delete from schedules where id = $1 and account_id = any($2)")
                .execute(Tuple.of(id, accounts.toArray(String[]::new)))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Active schedules whose next check has come, locked for the caller's transaction. SKIP LOCKED lets the
     * replicas split the work instead of queueing behind each other.
     */
    public Uni<List<LoadedSchedule>> lockDue(SqlClient tx, Instant now, int limit) {
        return tx.preparedQuery(ScheduleRows.SELECT + " where s.active and s.next_check_at <= $1"
                        + " order by s.next_check_at limit $2 for update of s skip locked")
                .execute(Tuple.of(utc(now), limit))
                .map(ScheduleRepository::all);
    }

    /** Stores the outcome of one evaluation of a schedule (see {@code FiringPlan}). */
    public Uni<Void> recordEvaluation(SqlClient tx, UUID id, Evaluation e) {
        return tx.preparedQuery("update schedules set evaluated_until = $2, next_check_at = $3,"
                        + " last_fired_at = coalesce($4, last_fired_at), fired_count = fired_count + $5,"
                        + " missed_count = missed_count + $6, last_missed_at = coalesce($7, last_missed_at)"
                        + " where id = $1")
                .execute(Tuple.from(Arrays.asList(id, utc(e.evaluatedUntil()), utc(e.nextCheckAt()),
                        utc(e.lastFiredAt()), e.fired(), e.missed(), utc(e.lastMissed()))))
                .replaceWithVoid();
    }

    /** What one evaluation decided. */
    public record Evaluation(Instant evaluatedUntil, Instant nextCheckAt, Instant lastFiredAt, long fired,
            long missed, Instant lastMissed) {
    }

    private static List<LoadedSchedule> all(RowSet<Row> rows) {
        List<LoadedSchedule> schedules = new ArrayList<>(rows.size());
        rows.forEach(row -> schedules.add(ScheduleRows.fromRow(row)));
        return schedules;
    }
}
