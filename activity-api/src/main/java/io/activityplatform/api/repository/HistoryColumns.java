package io.activityplatform.api.repository;

import static io.activityplatform.service.time.Timestamps.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.events.codec.EventCodec;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * History records as column arrays for one {@code unnest} insert: one statement and one round trip per
 * projection batch whatever its size, so the history never slows the projection down per event.
 */
final class HistoryColumns {

    static final String INSERT = """
            insert into activity_history (partition_id, log_offset, activity_id, event_id, event_type, occurred_at,
                actor_kind, actor_id, source, applied, rejection, rejection_detail, status_before, status_after,
                version_after, details)
            select u.partition_id, u.log_offset, u.activity_id, u.event_id, u.event_type, u.occurred_at,
                u.actor_kind, u.actor_id, u.source, u.applied, u.rejection, u.rejection_detail, u.status_before,
                u.status_after, u.version_after, u.details::jsonb
            from unnest($1::int[], $2::bigint[], $3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::text[],
                $8::text[], $9::text[], $10::bool[], $11::text[], $12::text[], $13::text[], $14::text[], $15::int[],
                $16::text[])
              as u(partition_id, log_offset, activity_id, event_id, event_type, occurred_at, actor_kind, actor_id,
                source, applied, rejection, rejection_detail, status_before, status_after, version_after, details)
            on conflict (partition_id, log_offset) do nothing
            """;

    private HistoryColumns() {
    }

    static Tuple of(List<HistoryRecord> records) {
        int n = records.size();
        Integer[] partition = new Integer[n];
        Long[] offset = new Long[n];
        UUID[] activity = new UUID[n];
        UUID[] event = new UUID[n];
        String[] type = new String[n];
        OffsetDateTime[] at = new OffsetDateTime[n];
        String[] actorKind = new String[n];
        String[] actorId = new String[n];
        String[] source = new String[n];
        Boolean[] applied = new Boolean[n];
        String[] rejection = new String[n];
        String[] detail = new String[n];
        String[] before = new String[n];
        String[] after = new String[n];
        Integer[] version = new Integer[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            HistoryRecord r = records.get(i);
            partition[i] = r.partition();
            offset[i] = r.offset();
            activity[i] = r.activityId();
            event[i] = r.eventId();
            type[i] = r.eventType();
            at[i] = utc(r.occurredAt());
            actorKind[i] = r.actor().kind().name();
            actorId[i] = r.actor().id();
            source[i] = r.source();
            applied[i] = r.applied();
            rejection[i] = r.rejection();
            detail[i] = r.rejectionDetail();
            before[i] = r.statusBefore() == null ? null : r.statusBefore().name();
            after[i] = r.statusAfter() == null ? null : r.statusAfter().name();
            version[i] = r.versionAfter();
            details[i] = json(r);
        }
        return Tuple.tuple(List.of(partition, offset, activity, event, type, at, actorKind, actorId, source, applied,
                rejection, detail, before, after, version, details));
    }

    private static String json(HistoryRecord r) {
        try {
            return EventCodec.mapper().writeValueAsString(r.details());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
