package io.activityplatform.api.service;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.mapping.FilterParser;
import io.activityplatform.api.model.ActivityFilter;
import io.activityplatform.api.model.Listed;
import io.activityplatform.api.model.SortOrder;
import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.repository.ActivityQueryRepository;
import io.activityplatform.api.rest.dto.BulkCommandRequest;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.security.AccountChoice;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The activities a bulk command is about: the listed ids (in the given order, duplicates once) or the
 * oldest matches of a filter, at most {@code activity-api.max-bulk-items}.
 */
@ApplicationScoped
public class BulkSelection {

    /** The ids asked for, what the view has of them (missing = unknown) and whether the filter matched more. */
    public record Selected(List<UUID> ids, Map<UUID, ActivityState> states, boolean truncated) {
    }

    private final ActivityViewStore views;
    private final ActivityQueryRepository queries;
    private final Pool pool;
    private final ApiConfig api;

    public BulkSelection(ActivityViewStore views, ActivityQueryRepository queries, Pool pool, ApiConfig api) {
        this.views = views;
        this.queries = queries;
        this.pool = pool;
        this.api = api;
    }

    /** Only activities of {@code accounts} are selected: another account's listed id is as unknown as a random one. */
    public Uni<Selected> select(BulkCommandRequest request, Set<String> accounts) {
        int max = api.maxBulkItems();
        if (request.ids() != null) {
            List<UUID> ids = ids(request.ids(), max);
            return views.load(pool, ids).map(states -> {
                states.values().removeIf(state -> !AccountChoice.visible(accounts, state.accountId()));
                return new Selected(ids, states, false);
            });
        }
        ActivityFilter filter = FilterParser.parse(request.filter(), "filter.").within(accounts);
        return queries.page(filter, null, SortOrder.ASC, max + 1).map(page -> {
            List<Listed> taken = page.subList(0, Math.min(max, page.size()));
            Map<UUID, ActivityState> states = new HashMap<>();
            List<UUID> ids = new ArrayList<>(taken.size());
            taken.forEach(l -> {
                ids.add(l.state().id());
                states.put(l.state().id(), l.state());
            });
            return new Selected(ids, states, page.size() > max);
        });
    }

    /** 400 unless exactly one of ids and filter is given and the ids are usable. */
    public static void validate(BulkCommandRequest request, int max) {
        Violations v = new Violations();
        if (request.ids() != null && request.filter() != null) {
            v.add("filter", "give either ids or filter, not both");
        } else if (request.ids() == null && request.filter() == null) {
            v.add("ids", "give the activities as ids or as a filter");
        } else if (request.ids() != null) {
            if (request.ids().isEmpty()) {
                v.add("ids", "must not be empty");
            } else if (request.ids().size() > max) {
                v.add("ids", "at most " + max + " activities per bulk command");
            }
            for (int i = 0; i < request.ids().size(); i++) {
                if (request.ids().get(i) == null) {
                    v.add("ids[" + i + "]", "must not be null");
                }
            }
        }
        v.throwIfAny();
        CommandPlanner.checkReason(request.reason(), "reason");
    }

    private static List<UUID> ids(List<UUID> requested, int max) {
        return List.copyOf(new LinkedHashSet<>(requested.subList(0, Math.min(max, requested.size()))));
    }
}
