package io.activityplatform.api.service;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.model.Command;
import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.api.repository.HistoryRepository;
import io.activityplatform.api.rest.dto.BulkCommandRequest;
import io.activityplatform.api.rest.dto.BulkResult;
import io.activityplatform.api.rest.dto.BulkResult.Item;
import io.activityplatform.api.rest.dto.BulkResult.Outcome;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.publishing.ReadYourWrites;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk cancel and approve. Each activity is judged and published on its own (one event each, all sent
 * together), so one refusal or lost race never undoes the others; the result reports every item.
 */
@ApplicationScoped
public class BulkCommandService {

    private final BulkSelection selection;
    private final ActivityViewStore views;
    private final HistoryRepository history;
    private final EventPublisher publisher;
    private final ReadYourWrites readYourWrites;
    private final Pool pool;
    private final Clock clock;
    private final PlatformConfig platform;
    private final ApiConfig api;

    public BulkCommandService(BulkSelection selection, ActivityViewStore views, HistoryRepository history,
            EventPublisher publisher, ReadYourWrites readYourWrites, Pool pool, Clock clock,
            PlatformConfig platform, ApiConfig api) {
        this.selection = selection;
        this.views = views;
        this.history = history;
        this.publisher = publisher;
        this.readYourWrites = readYourWrites;
        this.pool = pool;
        this.clock = clock;
        this.platform = platform;
        this.api = api;
    }

    /** Runs the command on the selected activities of {@code accounts} (dry run included). */
    public Uni<BulkResult> execute(Command command, BulkCommandRequest request, Actor actor, Set<String> accounts) {
        BulkSelection.validate(request, api.maxBulkItems());
        boolean dryRun = Boolean.TRUE.equals(request.dryRun());
        Instant now = clock.instant();
        return selection.select(request, accounts).flatMap(selected -> {
            Map<UUID, Item> items = new LinkedHashMap<>();
            List<StatusChanged> events = new ArrayList<>();
            for (UUID id : selected.ids()) {
                ActivityState state = selected.states().get(id);
                if (state == null) {
                    items.put(id, new Item(id, Outcome.NOT_FOUND, null, null, null, "no activity " + id));
                    continue;
                }
                var decision = CommandPlanner.decide(command, state, null, actor, platform.serviceName(),
                        request.reason(), now);
                if (decision.refused()) {
                    items.put(id, item(state, Outcome.CONFLICT, null, decision.refusal().detail()));
                } else {
                    items.put(id, item(state, Outcome.WOULD_CHANGE, decision.event().to(), null));
                    events.add(decision.event());
                }
            }
            if (dryRun || events.isEmpty()) {
                return Uni.createFrom().item(result(dryRun, selected.truncated(), items));
            }
            return publisher.publishAll(events)
                    .flatMap(readYourWrites::awaitApplied)
                    .flatMap(visible -> settle(events, items, visible))
                    .map(settled -> result(false, selected.truncated(), settled));
        });
    }

    private Uni<Map<UUID, Item>> settle(List<StatusChanged> events, Map<UUID, Item> items, boolean visible) {
        if (!visible) {
            events.forEach(e -> items.put(e.activityId(), new Item(e.activityId(), Outcome.PENDING, e.from(),
                    e.expectedVersion(), e.to(), "published; not yet visible in this service's view")));
            return Uni.createFrom().item(items);
        }
        List<UUID> eventIds = events.stream().map(StatusChanged::eventId).toList();
        List<UUID> activityIds = events.stream().map(StatusChanged::activityId).toList();
        return Uni.combine().all().unis(history.byEventIds(eventIds), views.load(pool, activityIds)).asTuple()
                .map(found -> {
                    for (StatusChanged e : events) {
                        items.put(e.activityId(), settled(e, found.getItem1().get(e.eventId()),
                                found.getItem2().get(e.activityId())));
                    }
                    return items;
                });
    }

    /** The item for a published event, judged by the fold's verdict on that very event. */
    private static Item settled(StatusChanged e, HistoryRecord record, ActivityState now) {
        if (record == null || now == null) {
            return new Item(e.activityId(), Outcome.PENDING, e.from(), e.expectedVersion(), e.to(), null);
        }
        if (record.applied()) {
            return item(now, Outcome.CHANGED, e.to(), null);
        }
        return item(now, Outcome.CONFLICT, e.to(), "another change was applied first: " + record.rejectionDetail());
    }

    private static Item item(ActivityState state, Outcome outcome, ActivityStatus target, String detail) {
        return new Item(state.id(), outcome, state.status(), state.statusVersion(), target, detail);
    }

    private static BulkResult result(boolean dryRun, boolean truncated, Map<UUID, Item> items) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        items.values().forEach(i -> counts.merge(i.outcome(), 1, Integer::sum));
        return new BulkResult(dryRun, truncated, counts, List.copyOf(items.values()));
    }
}
