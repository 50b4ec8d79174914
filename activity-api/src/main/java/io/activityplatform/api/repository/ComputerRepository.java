package io.activityplatform.api.repository;

import io.activityplatform.events.computer.ComputerState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Status lookups in {@code computer_view} for many computers in one query (multi-computer creates). */
@ApplicationScoped
public class ComputerRepository {

    private final Pool pool;

    public ComputerRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * The status of each known computer among {@code ids} that belongs to one of {@code accounts}; unknown ones
     * and other accounts' computers are missing from the map alike.
     */
    public Uni<Map<String, ComputerState.Status>> statuses(Collection<String> ids, Collection<String> accounts) {
        return pool.preparedQuery("select id, status from computer_view where id = any($1) and account_id = any($2)")
                .execute(Tuple.of(ids.toArray(String[]::new), accounts.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, ComputerState.Status> statuses = new HashMap<>();
                    rows.forEach(row -> statuses.put(row.getString("id"),
                            ComputerState.Status.valueOf(row.getString("status"))));
                    return statuses;
                });
    }

    /** The account of each known computer among {@code ids} that belongs to one of {@code accounts}. */
    public Uni<Map<String, String>> accounts(Collection<String> ids, Collection<String> accounts) {
        return pool.preparedQuery("select id, account_id from computer_view where id = any($1) and account_id = any($2)")
                .execute(Tuple.of(ids.toArray(String[]::new), accounts.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> owners = new HashMap<>();
                    rows.forEach(row -> owners.put(row.getString("id"), row.getString("account_id")));
                    return owners;
                });
    }
}
