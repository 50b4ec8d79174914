package io.activityplatform.service.projection;

import static io.activityplatform.service.time.Timestamps.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.claim.ClaimStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code activity_view} table: the folded state of every activity as JSON, plus columns derived from it
 * for queries. Writes are one multi-row upsert per batch (unnest of column arrays): one round trip whatever
 * the batch size, which is what makes the projection fast.
 */
@ApplicationScoped
public class ActivityViewStore {

    private static final String UPSERT = """
            insert into activity_view (id, type, kind, computer_id, parent_id, status, status_version, created_at,
                created_by, updated_at, deliver_after, deliver_before, timeout_seconds, in_progress_since,
                finished_at, wait_for_id, progress_percent, archived, summary, state, account_id)
            select u.id, u.type, u.kind, u.computer_id, u.parent_id, u.status, u.status_version, u.created_at,
                u.created_by, u.updated_at, u.deliver_after, u.deliver_before, u.timeout_seconds,
                u.in_progress_since, u.finished_at, u.wait_for_id, u.progress_percent, u.archived, u.summary,
                u.state::jsonb, u.account_id
            from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::int[],
                $8::timestamptz[], $9::text[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[],
                $13::int[], $14::timestamptz[], $15::timestamptz[], $16::uuid[], $17::int[], $18::bool[],
                $19::text[], $20::text[], $21::text[])
              as u(id, type, kind, computer_id, parent_id, status, status_version, created_at, created_by,
                updated_at, deliver_after, deliver_before, timeout_seconds, in_progress_since, finished_at,
                wait_for_id, progress_percent, archived, summary, state, account_id)
            on conflict (id) do update set status = excluded.status, status_version = excluded.status_version,
                updated_at = excluded.updated_at, in_progress_since = excluded.in_progress_since,
                finished_at = excluded.finished_at, progress_percent = excluded.progress_percent,
                archived = excluded.archived, state = excluded.state
            """;

    private final Pool pool;

    public ActivityViewStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<ActivityState>> find(UUID id) {
        return pool.preparedQuery("select state::text as state from activity_view where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(fromRow(rows.iterator().next())));
    }

    /**
     * The activity if it belongs to one of {@code accounts}: another account's activity is absent exactly like
     * a missing one (tenancy, docs/architecture.md).
     */
    public Uni<Optional<ActivityState>> find(UUID id, Collection<String> accounts) {
        return pool.preparedQuery("select state::text as state from activity_view where id = $1 and account_id = any($2)")
                .execute(Tuple.of(id, accounts.toArray(String[]::new)))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(fromRow(rows.iterator().next())));
    }

    /** Up to {@code limit} states with ids after {@code after} (null: from the start), in id order. */
    public Uni<List<ActivityState>> page(UUID after, int limit) {
        return pool.preparedQuery("select state::text as state from activity_view where $1::uuid is null or id > $1"
                        + " order by id limit $2")
                .execute(Tuple.of(after, limit))
                .map(rows -> {
                    List<ActivityState> states = new java.util.ArrayList<>(rows.size());
                    rows.forEach(row -> states.add(fromRow(row)));
                    return states;
                });
    }

    /** Like {@link #page(UUID, int)}, only activities of {@code accounts}. */
    public Uni<List<ActivityState>> page(UUID after, int limit, Collection<String> accounts) {
        return pool.preparedQuery("select state::text as state from activity_view where ($1::uuid is null or id > $1)"
                        + " and account_id = any($3) order by id limit $2")
                .execute(Tuple.of(after, limit, accounts.toArray(String[]::new)))
                .map(rows -> {
                    List<ActivityState> states = new java.util.ArrayList<>(rows.size());
                    rows.forEach(row -> states.add(fromRow(row)));
                    return states;
                });
    }

    /** The current states of the given activities; absent ids are simply missing from the map. */
    public Uni<Map<UUID, ActivityState>> load(SqlClient client, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(new HashMap<>());
        }
        return client.preparedQuery("select state::text as state from activity_view where id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, ActivityState> states = new HashMap<>(rows.size() * 2);
                    for (Row row : rows) {
                        ActivityState state = fromRow(row);
                        states.put(state.id(), state);
                    }
                    return states;
                });
    }

    /**
     * Each activity's status and claim, read from the view without its state document: a running executor checks
     * these on every scan (job-handler's reactor), and reading and parsing whole states for that was a tenth of
     * job-handler's CPU under load (issue 11, a {@code bench.profile} recording). Absent ids are missing.
     */
    public Uni<List<ClaimStatus>> claimStatuses(SqlClient client, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return client.preparedQuery("select id, status, state ->> 'claimEventId' as claim,"
                        + " state -> 'error' ->> 'code' as error from activity_view where id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(rows -> {
                    List<ClaimStatus> found = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        String claim = row.getString("claim");
                        found.add(new ClaimStatus(row.getUUID("id"), ActivityStatus.valueOf(row.getString("status")),
                                claim == null ? null : UUID.fromString(claim), row.getString("error")));
                    }
                    return found;
                });
    }

    public Uni<Void> upsert(SqlClient client, Collection<ActivityState> states) {
        if (states.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = states.size();
        UUID[] id = new UUID[n];
        String[] type = new String[n];
        String[] kind = new String[n];
        String[] computer = new String[n];
        UUID[] parent = new UUID[n];
        String[] status = new String[n];
        Integer[] version = new Integer[n];
        OffsetDateTime[] created = new OffsetDateTime[n];
        String[] createdBy = new String[n];
        OffsetDateTime[] updated = new OffsetDateTime[n];
        OffsetDateTime[] after = new OffsetDateTime[n];
        OffsetDateTime[] before = new OffsetDateTime[n];
        Integer[] timeout = new Integer[n];
        OffsetDateTime[] since = new OffsetDateTime[n];
        OffsetDateTime[] finished = new OffsetDateTime[n];
        UUID[] waitFor = new UUID[n];
        Integer[] percent = new Integer[n];
        Boolean[] archived = new Boolean[n];
        String[] summary = new String[n];
        String[] json = new String[n];
        String[] account = new String[n];
        int i = 0;
        for (ActivityState s : states) {
            var d = s.definition();
            id[i] = s.id();
            type[i] = d.type();
            kind[i] = s.kind().name();
            computer[i] = d.computerId();
            parent[i] = d.parentId();
            status[i] = s.status().name();
            version[i] = s.statusVersion();
            created[i] = utc(s.createdAt());
            createdBy[i] = s.createdBy().toString();
            updated[i] = utc(s.updatedAt());
            after[i] = utc(d.deliverAfter());
            before[i] = utc(d.deliverBefore());
            timeout[i] = d.timeoutSeconds();
            since[i] = utc(s.inProgressSince());
            finished[i] = utc(s.finishedAt());
            waitFor[i] = d.waitFor() == null ? null : d.waitFor().activityId();
            percent[i] = s.progressPercent();
            archived[i] = s.archived();
            summary[i] = d.summary();
            json[i] = toJson(s);
            account[i] = d.accountId();
            i++;
        }
        Tuple params = Tuple.tuple(List.of(id, type, kind, computer, parent, status, version, created, createdBy,
                updated, after, before, timeout, since, finished, waitFor, percent, archived, summary, json,
                account));
        return client.preparedQuery(UPSERT).execute(params).replaceWithVoid();
    }

    public static ActivityState fromRow(Row row) {
        return fromJson(row.getString("state"));
    }

    /** A state as stored in {@code activity_view.state}. */
    public static ActivityState fromJson(String state) {
        try {
            return EventCodec.mapper().readValue(state, ActivityState.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable activity_view.state", e);
        }
    }

    /** A state as {@code activity_view.state} stores it (and as archives write it): the event contract's JSON. */
    public static String toJson(ActivityState state) {
        try {
            return EventCodec.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
