package io.activityplatform.messages.repository;

import static io.activityplatform.service.time.Timestamps.instant;
import static io.activityplatform.service.time.Timestamps.utc;

import io.activityplatform.messages.domain.Account;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code account} table. */
@ApplicationScoped
public class AccountRepository {

    private static final String UPSERT = """
            insert into account (id, title, registration_key_hash, manual_acceptance, created_at, updated_at,
                previous_key_hash, previous_key_valid_until)
            values ($1, $2, $3, $4, $5, $5, $6, $7)
            on conflict (id) do update set title = excluded.title,
                registration_key_hash = excluded.registration_key_hash,
                previous_key_hash = excluded.previous_key_hash,
                previous_key_valid_until = excluded.previous_key_valid_until,
                manual_acceptance = excluded.manual_acceptance, updated_at = excluded.updated_at
            returning *, (xmax = 0) as inserted
            """;

    private final Pool pool;

    public AccountRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<Account>> find(String id) {
        return pool.preparedQuery("select * from account where id = $1").execute(Tuple.of(id))
                .map(rows -> Rows.first(rows, AccountRepository::fromRow));
    }

    /** Up to {@code limit} of the given accounts, by id, after {@code afterId} (null: from the first). */
    public Uni<List<Account>> page(Set<String> ids, String afterId, int limit) {
        return pool.preparedQuery("select * from account where id = any($1) and ($2::text is null or id > $2)"
                        + " order by id limit $3")
                .execute(Tuple.of(ids.toArray(String[]::new), afterId, limit))
                .map(rows -> Rows.all(rows, AccountRepository::fromRow));
    }

    /** Creates or replaces the account; the item tells whether it was created. */
    public Uni<Saved> save(Account account) {
        return pool.preparedQuery(UPSERT)
                .execute(Tuple.from(java.util.Arrays.asList(account.id(), account.title(),
                        account.registrationKeyHash(), account.manualAcceptance(), utc(account.updatedAt()),
                        account.previousKeyHash(), account.previousKeyValidUntil() == null ? null
                                : utc(account.previousKeyValidUntil()))))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Saved(fromRow(row), row.getBoolean("inserted"));
                });
    }

    public record Saved(Account account, boolean created) {
    }

    private static Account fromRow(Row row) {
        return new Account(row.getString("id"), row.getString("title"), row.getString("registration_key_hash"),
                row.getBoolean("manual_acceptance"), instant(row, "created_at"), instant(row, "updated_at"),
                row.getString("previous_key_hash"), row.getValue("previous_key_valid_until") == null ? null
                        : instant(row, "previous_key_valid_until"));
    }
}
