package io.activityplatform.api.service;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.mapping.ActivityMapper;
import io.activityplatform.api.mapping.CursorCodec;
import io.activityplatform.api.mapping.FilterParser;
import io.activityplatform.api.model.Listed;
import io.activityplatform.api.model.PageCursor;
import io.activityplatform.api.model.SortOrder;
import io.activityplatform.api.repository.ActivityQueryRepository;
import io.activityplatform.api.repository.HistoryRepository;
import io.activityplatform.api.rest.dto.ActivityPage;
import io.activityplatform.api.rest.dto.FilterParams;
import io.activityplatform.api.rest.dto.HistoryEntry;
import io.activityplatform.api.rest.dto.StatusSummary;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.rest.Page;
import io.activityplatform.service.rest.PageLinks;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Everything read from this service's own view: one activity, pages, group summaries, history. */
@ApplicationScoped
public class ActivityReader {

    private final ActivityViewStore views;
    private final ActivityQueryRepository queries;
    private final HistoryRepository history;
    private final ApiConfig api;

    public ActivityReader(ActivityViewStore views, ActivityQueryRepository queries, HistoryRepository history,
            ApiConfig api) {
        this.views = views;
        this.queries = queries;
        this.history = history;
        this.api = api;
    }

    /** The activity if it belongs to one of {@code accounts}; else 404, exactly as for an unknown id. */
    public Uni<ActivityState> get(UUID id, Set<String> accounts) {
        return views.find(id, accounts).map(found -> found.orElseThrow(() -> new ProblemException(Problems.notFound(id))));
    }

    /** One page; asks for one more row than needed to know whether a next page exists. */
    public Uni<ActivityPage> page(FilterParams params, String cursor, String order, String limit,
            Set<String> accounts) {
        SortOrder sort = order(order);
        int size = limit(limit);
        var filter = FilterParser.parse(params, "").within(accounts);
        PageCursor after = CursorCodec.decode(cursor, sort);
        return queries.page(filter, after, sort, size + 1).map(rows -> {
            List<Listed> page = rows.subList(0, Math.min(size, rows.size()));
            String next = null;
            if (rows.size() > size) {
                Listed last = page.get(page.size() - 1);
                next = CursorCodec.encode(new PageCursor(last.createdAtKey(), last.state().id(), sort));
            }
            return new ActivityPage(page.stream().map(l -> ActivityMapper.toRepresentation(l.state())).toList(), next);
        });
    }

    public Uni<StatusSummary> summary(UUID parentId, Set<String> accounts) {
        return queries.countByStatus(parentId, accounts).map(counts -> {
            if (counts.isEmpty()) {
                throw ProblemException.notFound("no activities with parent " + parentId);
            }
            Map<ActivityStatus, Integer> all = new EnumMap<>(ActivityStatus.class);
            int total = 0;
            int finished = 0;
            for (ActivityStatus status : ActivityStatus.values()) {
                int n = counts.getOrDefault(status, 0);
                all.put(status, n);
                total += n;
                finished += status.isFinal() ? n : 0;
            }
            return new StatusSummary(parentId, total, all, finished);
        });
    }

    /** A page of the activity's history in log order (404 for an unknown activity). */
    public Uni<Page<HistoryEntry>> history(UUID id, Set<String> accounts, String cursor, int limit) {
        long[] after = PageLinks.decode(cursor, 2,
                parts -> new long[] {Integer.parseInt(parts.get(0)), Long.parseLong(parts.get(1))});
        return get(id, accounts).flatMap(exists -> history.forActivity(id, after == null ? null : (int) after[0],
                        after == null ? -1 : after[1], limit + 1))
                .map(records -> Page.of(records.stream().map(ActivityMapper::toEntry).toList(), limit,
                        e -> PageLinks.encode(String.valueOf(e.partition()), String.valueOf(e.offset()))));
    }

    private SortOrder order(String order) {
        if (order == null || order.isBlank()) {
            return SortOrder.DESC;
        }
        try {
            return SortOrder.valueOf(order.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("order", "must be asc (oldest first) or desc (newest first)");
        }
    }

    private int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return api.defaultPageSize();
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= api.maxPageSize()) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw ProblemException.invalid("limit", "must be a number from 1 to " + api.maxPageSize());
    }
}
