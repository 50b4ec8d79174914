package io.activityplatform.api.service;

import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.api.repository.HistoryRepository;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.JsonValues;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.publishing.ReadYourWrites;
import io.activityplatform.service.reactive.BoundedLookups;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Submits planned creates, one or a batch, as one batch of records: recognise what exists (same id or
 * Idempotency-Key), check the references of what is missing, publish every missing event with one
 * {@code publishAll}, wait once until this service's view shows them all, and read the outcome of each.
 * {@code POST /activities} is a batch of one.
 */
@ApplicationScoped
public class Creations {

    /**
     * Per-item lookups of a batch (owners, references) in flight at once: a thousand items must not put a
     * thousand queries on the pool's queue; about the pool's size keeps it busy without flooding it.
     */
    static final int LOOKUPS_IN_FLIGHT = 16;

    private final ActivityViewStore views;
    private final Pool pool;
    private final ReferenceChecks references;
    private final EventPublisher publisher;
    private final ReadYourWrites readYourWrites;
    private final HistoryRepository history;

    public Creations(ActivityViewStore views, Pool pool, ReferenceChecks references, EventPublisher publisher,
            ReadYourWrites readYourWrites, HistoryRepository history) {
        this.views = views;
        this.pool = pool;
        this.references = references;
        this.publisher = publisher;
        this.readYourWrites = readYourWrites;
        this.history = history;
    }

    /** @return one outcome per item, in the items' order */
    public Uni<List<CreateOutcome>> submit(List<PlannedCreate> items) {
        return existing(items).flatMap(before -> {
            List<PlannedCreate> incomplete = items.stream()
                    .filter(i -> !before.keySet().containsAll(i.plan().activityIds())).toList();
            if (incomplete.isEmpty()) {
                return Uni.createFrom().item(items.stream().map(i -> new CreateOutcome(CreateOutcome.Kind.REPLAYED,
                        i.plan(), ordered(i, before))).toList());
            }
            // A repeat that finds only part of its activities completes the interrupted request.
            List<ActivityCreated> missing = incomplete.stream().flatMap(i -> i.plan().events().stream())
                    .filter(e -> !before.containsKey(e.activityId())).toList();
            return checkReferences(incomplete).flatMap(ok -> publish(items, missing, before.keySet()));
        });
    }

    private Uni<List<CreateOutcome>> publish(List<PlannedCreate> items, List<ActivityCreated> missing,
            Set<UUID> existedBefore) {
        return publisher.publishAll(missing)
                .flatMap(readYourWrites::awaitApplied)
                .flatMap(visible -> !visible
                        ? Uni.createFrom().item(items.stream().map(i -> new CreateOutcome(
                                CreateOutcome.Kind.ACCEPTED, i.plan(), List.of())).toList())
                        : Uni.combine().all().unis(existing(items), applied(missing)).asTuple()
                                .map(found -> items.stream().map(i -> outcome(i, existedBefore, found.getItem1(),
                                        found.getItem2())).toList()));
    }

    /**
     * CREATED when none of the item's activities existed before and the fold applied every event it published;
     * otherwise REPLAYED (a repeat, or a concurrent twin request was first and the fold rejected ours as
     * DUPLICATE_CREATE).
     */
    private static CreateOutcome outcome(PlannedCreate item, Set<UUID> existedBefore, Map<UUID, ActivityState> now,
            Set<UUID> appliedEvents) {
        boolean fresh = item.plan().activityIds().stream().noneMatch(existedBefore::contains);
        boolean appliedAll = item.plan().events().stream().allMatch(e -> appliedEvents.contains(e.eventId()));
        return new CreateOutcome(fresh && appliedAll ? CreateOutcome.Kind.CREATED : CreateOutcome.Kind.REPLAYED,
                item.plan(), ordered(item, now));
    }

    private Uni<Set<UUID>> applied(List<ActivityCreated> events) {
        return history.byEventIds(events.stream().map(ActivityCreated::eventId).toList())
                .map(records -> records.values().stream().filter(HistoryRecord::applied)
                        .map(HistoryRecord::eventId).collect(Collectors.toSet()));
    }

    /** Every item's references, checked together; a batch's 422 names each item's fields. */
    private Uni<Void> checkReferences(List<PlannedCreate> items) {
        if (items.size() == 1) {
            PlannedCreate item = items.get(0);
            return prefixed(references.check(item.request(), item.scope()), item);
        }
        return BoundedLookups.all(items.stream().map(i -> prefixed(references.check(i.request(), i.scope()), i))
                        .toList(), LOOKUPS_IN_FLIGHT)
                .onFailure().transform(FieldPrefix::merged)
                .replaceWithVoid();
    }

    private static Uni<Void> prefixed(Uni<Void> check, PlannedCreate item) {
        return check.onFailure(ProblemException.class)
                .transform(e -> FieldPrefix.prefixed((ProblemException) e, item.fieldPrefix()));
    }

    /**
     * The items' activities that exist; 409 naming the item's id field if one exists with a different
     * definition: the id or key was already used for another request.
     */
    private Uni<Map<UUID, ActivityState>> existing(List<PlannedCreate> items) {
        List<UUID> ids = items.stream().flatMap(i -> i.plan().activityIds().stream()).toList();
        return views.load(pool, ids).map(states -> {
            for (PlannedCreate item : items) {
                item.plan().activityIds().stream().map(states::get).filter(Objects::nonNull)
                        .filter(s -> !sameDefinition(s, item.plan()))
                        .findFirst()
                        .ifPresent(s -> {
                            throw new ProblemException(Problems.idempotencyConflict(item.field(item.idField()),
                                    s.id()));
                        });
            }
            return states;
        });
    }

    private static boolean sameDefinition(ActivityState state, CreationPlan plan) {
        // Compared as JSON values: parameters read back from the view's jsonb keep a number's value but not
        // its notation or class (1.5E10 comes back as 15000000000), and a retry must still be recognised.
        return JsonValues.equivalent(EventCodec.mapper().valueToTree(state.definition()),
                EventCodec.mapper().valueToTree(plan.definitionOf(state.id())));
    }

    private static List<ActivityState> ordered(PlannedCreate item, Map<UUID, ActivityState> states) {
        return item.plan().activityIds().stream().map(states::get).filter(Objects::nonNull).toList();
    }
}
