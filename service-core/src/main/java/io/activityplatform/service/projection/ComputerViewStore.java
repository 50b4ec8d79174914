package io.activityplatform.service.projection;

import static io.activityplatform.service.time.Timestamps.instant;
import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.events.computer.ComputerFold;
import io.activityplatform.events.computer.ComputerState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code computer_view} table, folded from {@code computer-events} with {@link ComputerFold}. */
@ApplicationScoped
public class ComputerViewStore {

    private static final String UPSERT = """
            insert into computer_view (id, account_id, title, hostname, tags, status, registered_at, updated_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8)
            on conflict (id) do update set status = excluded.status, updated_at = excluded.updated_at
            """;

    private static final String PAGE = """
            select * from computer_view where account_id = any($1) and ($2::text is null or status = $2)
            and ($3::timestamptz is null or (registered_at, id) > ($3, $4))
            order by registered_at, id limit $5
            """;

    private final Pool pool;

    public ComputerViewStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<ComputerState>> find(String id) {
        return pool.preparedQuery("select * from computer_view where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(fromRow(rows.iterator().next())));
    }

    /**
     * Up to {@code limit} computers of the given accounts (and status, when not null) registered after the
     * keyset position {@code after} (null: from the start), by registration time then id.
     */
    public Uni<List<ComputerState>> page(Set<String> accounts, ComputerState.Status status, Position after,
            int limit) {
        return pool.preparedQuery(PAGE).execute(Tuple.from(Arrays.asList(accounts.toArray(String[]::new),
                        status == null ? null : status.name(),
                        after == null ? null : utc(after.registeredAt()),
                        after == null ? null : after.id(), limit)))
                .map(rows -> {
                    List<ComputerState> page = new ArrayList<>(rows.size());
                    rows.forEach(row -> page.add(fromRow(row)));
                    return page;
                });
    }

    /** Where a page of computers ends: the last one's registration time and id. */
    public record Position(Instant registeredAt, String id) {

        public static Position of(ComputerState computer) {
            return new Position(computer.registeredAt(), computer.id());
        }
    }

    /** Folds the batch's computer records and writes the computers they changed. */
    Uni<Void> apply(SqlClient client, List<ComputerRecord> records) {
        List<String> ids = records.stream().filter(r -> r.event() != null).map(r -> r.event().computerId())
                .distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return client.preparedQuery("select * from computer_view where id = any($1)")
                .execute(Tuple.of(ids.toArray(String[]::new)))
                .flatMap(rows -> {
                    Map<String, ComputerState> states = new HashMap<>();
                    rows.forEach(row -> states.put(row.getString("id"), fromRow(row)));
                    Map<String, ComputerState> changed = new HashMap<>();
                    for (ComputerRecord r : records) {
                        if (r.event() == null) {
                            continue;
                        }
                        ComputerState before = states.get(r.event().computerId());
                        ComputerState after = ComputerFold.apply(before, r.event());
                        if (after != null && !after.equals(before)) {
                            states.put(after.id(), after);
                            changed.put(after.id(), after);
                        }
                    }
                    List<Tuple> batch = changed.values().stream().map(ComputerViewStore::toTuple).toList();
                    return batch.isEmpty() ? Uni.createFrom().voidItem()
                            : client.preparedQuery(UPSERT).executeBatch(batch).replaceWithVoid();
                });
    }

    private static Tuple toTuple(ComputerState c) {
        return Tuple.tuple(Arrays.asList(c.id(), c.accountId(), c.title(), c.hostname(),
                c.tags().toArray(String[]::new), c.status().name(), utc(c.registeredAt()),
                utc(c.updatedAt())));
    }

    private static ComputerState fromRow(Row row) {
        String[] tags = row.getArrayOfStrings("tags");
        return new ComputerState(row.getString("id"), row.getString("account_id"), row.getString("title"),
                row.getString("hostname"), tags == null ? List.of() : Arrays.asList(tags),
                ComputerState.Status.valueOf(row.getString("status")), instant(row, "registered_at"),
                instant(row, "updated_at"));
    }
}
