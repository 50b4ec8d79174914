package io.activityplatform.api.calendar.repository;

import io.activityplatform.api.calendar.model.Calendar;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code calendars} table. */
@ApplicationScoped
public class CalendarRepository {

    private static final String COLUMNS = "name, description, dates, created_at, updated_at, version";

    private final Pool pool;

    public CalendarRepository(Pool pool) {
        this.pool = pool;
    }

    /** Inserts the calendar; false when the name is taken. */
    public Uni<Boolean> insert(Calendar c) {
        return pool.preparedQuery("insert into calendars (name, description, dates, created_at, updated_at)"
                        + " values ($1, $2, $3, $4, $5)"
                        + " on conflict (name) do nothing")
                .execute(Tuple.of(c.name(), c.description(), c.dates().toArray(LocalDate[]::new),
                        c.createdAt().atOffset(ZoneOffset.UTC), c.updatedAt().atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Replaces description and dates, adding 1 to the version; empty when there is no such calendar or, with
     * {@code expectedVersion}, when it is at another version (a conditional update).
     */
    public Uni<Optional<Calendar>> update(String name, String description, List<LocalDate> dates, Instant now,
            Integer expectedVersion) {
        return pool.preparedQuery("update calendars set description = $2, dates = $3, updated_at = $4,"
                        + " version = version + 1 where name = $1 and ($5::int is null or version = $5)"
                        + " returning " + COLUMNS)
                .execute(Tuple.of(name, description, dates.toArray(LocalDate[]::new), now.atOffset(ZoneOffset.UTC),
                        expectedVersion))
                .map(CalendarRepository::first);
    }

    public Uni<Optional<Calendar>> find(String name) {
        return pool.preparedQuery("select " + COLUMNS + " from calendars where name = $1").execute(Tuple.of(name))
                .map(CalendarRepository::first);
    }

    /** Up to {@code limit} calendars named after {@code after} (null: from the first), in name order. */
    public Uni<List<Calendar>> page(String after, int limit) {
        return pool.preparedQuery("select " + COLUMNS + " from calendars where ($1::text is null or name > $1)"
                        + " order by name limit $2").execute(Tuple.of(after, limit)).map(rows -> {
            List<Calendar> all = new ArrayList<>(rows.size());
            rows.forEach(row -> all.add(fromRow(row)));
            return all;
        });
    }

    /** The schedules that use the calendar, which must keep it from being deleted. */
    public Uni<List<UUID>> usedBy(String name) {
        return pool.preparedQuery("select id from schedules where calendar = $1 order by id").execute(Tuple.of(name))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>(rows.size());
                    rows.forEach(row -> ids.add(row.getUUID("id")));
                    return ids;
                });
    }

    /** Deletes the calendar; false when there was none. */
    public Uni<Boolean> delete(String name) {
        return pool.preparedQuery("delete from calendars where name = $1").execute(Tuple.of(name))
                .map(rows -> rows.rowCount() == 1);
    }

    private static Optional<Calendar> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(fromRow(rows.iterator().next()));
    }

    private static Calendar fromRow(Row row) {
        return new Calendar(row.getString("name"), row.getString("description"),
                Arrays.asList(row.getArrayOfLocalDates("dates")),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant(),
                row.getInteger("version"));
    }
}
