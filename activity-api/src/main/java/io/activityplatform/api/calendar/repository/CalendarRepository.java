package io.activityplatform.api.calendar.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.api.calendar.model.Calendar;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code calendars} table. */
@ApplicationScoped
public class CalendarRepository {

    private static final String COLUMNS = "name, description, dates, created_at, updated_at, version, account_id";

    private final Pool pool;

    public CalendarRepository(Pool pool) {
        this.pool = pool;
    }

    /** Inserts the calendar; false when its account already has one of that name. */
    public Uni<Boolean> insert(Calendar c) {
        return pool.preparedQuery("insert into calendars (name, description, dates, created_at, updated_at,"
                        + " account_id) values ($1, $2, $3, $4, $5, $6)"
                        + " on conflict (account_id, name) do nothing")
                .execute(Tuple.of(c.name(), c.description(), c.dates().toArray(LocalDate[]::new),
                        utc(c.createdAt()), utc(c.updatedAt()),
                        c.accountId()))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Replaces description and dates, adding 1 to the version; empty when there is no such calendar or, with
     * {@code expectedVersion}, when it is at another version (a conditional update).
     */
    public Uni<Optional<Calendar>> update(String account, String name, String description, List<LocalDate> dates,
            Instant now, Integer expectedVersion) {
        return pool.preparedQuery("update calendars set description = $2, dates = $3, updated_at = $4,"
                        + " version = version + 1 where name = $1 and ($5::int is null or version = $5)"
                        + " and account_id = $6 returning " + COLUMNS)
                .execute(Tuple.from(Arrays.asList(name, description, dates.toArray(LocalDate[]::new),
                        utc(now), expectedVersion, account)))
                .map(CalendarRepository::first);
    }

    /** The calendar of that name in {@code account}; another account's is absent like a missing one. */
    public Uni<Optional<Calendar>> find(String account, String name) {
        return pool.preparedQuery("select " + COLUMNS + " from calendars where name = $1 and account_id = $2")
                .execute(Tuple.of(name, account))
                .map(CalendarRepository::first);
    }

    /**
     * Up to {@code limit} calendars of {@code accounts} after the position (name, account) {@code after} (null:
     * from the first), in name order (two accounts may share a name).
     */
    public Uni<List<Calendar>> page(List<String> after, int limit, Set<String> accounts) {
        String name = after == null ? null : after.get(0);
        String account = after == null ? null : after.get(1);
        return pool.preparedQuery("select " + COLUMNS + " from calendars where account_id = any($3)"
                        + " and ($1::text is null or (name, account_id) > ($1, $4)) order by name, account_id limit $2")
                .execute(Tuple.of(name, limit, accounts.toArray(String[]::new), account)).map(rows -> {
            List<Calendar> all = new ArrayList<>(rows.size());
            rows.forEach(row -> all.add(fromRow(row)));
            return all;
        });
    }

    /** The schedules that use the calendar, which must keep it from being deleted. */
    public Uni<List<UUID>> usedBy(String account, String name) {
        return pool.preparedQuery("select id from schedules where calendar = $1 and account_id = $2 order by id")
                .execute(Tuple.of(name, account))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>(rows.size());
                    rows.forEach(row -> ids.add(row.getUUID("id")));
                    return ids;
                });
    }

    /** Deletes the calendar; false when there was none. */
    public Uni<Boolean> delete(String account, String name) {
        return pool.preparedQuery("delete from calendars where name = $1 and account_id = $2")
                .execute(Tuple.of(name, account))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Optional<Calendar> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(fromRow(rows.iterator().next()));
    }

    private static Calendar fromRow(Row row) {
        return new Calendar(row.getString("name"), row.getString("description"),
                Arrays.asList(row.getArrayOfLocalDates("dates")),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant(),
                row.getInteger("version"), row.getString("account_id"));
    }
}
