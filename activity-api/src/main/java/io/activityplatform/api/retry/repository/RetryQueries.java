package io.activityplatform.api.retry.repository;

import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.projection.ActivityViewStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Queries of the retry reactions on service-core's {@code activity_view} (indexes in V22). */
@ApplicationScoped
public class RetryQueries {

    private static final String ATTEMPT = "(state -> 'definition' ->> 'attempt')::int";

    /** FAILED activities with attempts left whose next attempt is not in the view: the lost reactions. */
    private static final String FAILED_WITHOUT_NEXT = """
            select f.state::text as state from activity_view f
            where f.status = 'FAILED' and f.state -> 'definition' -> 'retry' is not null
              and (f.state -> 'definition' ->> 'attempt')::int
                  < (f.state -> 'definition' -> 'retry' ->> 'maxAttempts')::int
              and not exists (
                select 1 from activity_view n
                where n.state -> 'definition' ->> 'retryOf' = coalesce(f.state -> 'definition' ->> 'retryOf', f.id::text)
                  and (n.state -> 'definition' ->> 'attempt')::int = (f.state -> 'definition' ->> 'attempt')::int + 1)
            order by f.finished_at
            limit $1
            """;

    private final Pool pool;

    public RetryQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<ActivityState>> failedWithoutNextAttempt(int limit) {
        return pool.preparedQuery(FAILED_WITHOUT_NEXT).execute(Tuple.of(limit)).map(RetryQueries::states);
    }

    /** Every attempt of the chain whose first attempt is {@code original}, by attempt number. */
    public Uni<List<ActivityState>> chain(UUID original) {
        return pool.preparedQuery("select state::text as state from activity_view"
                        + " where id = $1 or state -> 'definition' ->> 'retryOf' = $2 order by " + ATTEMPT + ", id")
                .execute(Tuple.of(original, original.toString()))
                .map(RetryQueries::states);
    }

    private static List<ActivityState> states(RowSet<Row> rows) {
        List<ActivityState> states = new ArrayList<>(rows.size());
        rows.forEach(row -> states.add(ActivityViewStore.fromRow(row)));
        return states;
    }
}
