package io.activityplatform.api.service;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.repository.HistoryRepository;
import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.events.codec.EventCodec;
import io.activityplatform.events.codec.JsonValues;
import io.activityplatform.events.event.ActivityCreated;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.publishing.ReadYourWrites;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /activities}: validate everything first (nothing is published for a rejected request), then
 * either recognise a repeated request (same id or Idempotency-Key) or publish the created events and wait
 * until this service's view shows them.
 */
@ApplicationScoped
public class CreateActivityService {

    private final ActivityViewStore views;
    private final Pool pool;
    private final ReferenceChecks references;
    private final EventPublisher publisher;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;
    private final PlatformConfig platform;
    private final ApiConfig api;
    private final HistoryRepository history;
    private final ActivityOwners owners;

    public CreateActivityService(ActivityViewStore views, Pool pool, ReferenceChecks references,
            EventPublisher publisher, ReadYourWrites readYourWrites, Clock clock, PlatformConfig platform,
            ApiConfig api, HistoryRepository history, ActivityOwners owners) {
        this.owners = owners;
        this.views = views;
        this.pool = pool;
        this.references = references;
        this.publisher = publisher;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
        this.platform = platform;
        this.api = api;
        this.history = history;
    }

    /**
     * Creates as {@code creator}, who may target only computers of {@code accounts} and own activities only in
     * them (see {@link ActivityOwners}).
     */
    public Uni<CreateOutcome> create(CreateActivityRequest request, Actor creator, Set<String> accounts,
            String idempotencyKey) {
        Instant now = clock.instant();
        Violations violations = CreateRequestValidator.validate(request, now, api.maxComputersPerRequest());
        UUID id = CreationPlanner.resolveId(request.id(), idempotencyKey, creator.id(), violations);
        violations.throwIfAny();
        return owners.of(request, accounts).flatMap(owned -> create(request, id, creator, owned, idempotencyKey,
                now));
    }

    private Uni<CreateOutcome> create(CreateActivityRequest request, UUID id, Actor creator,
            ActivityOwners.Owners owned, String idempotencyKey, Instant now) {
        CreationPlan plan = CreationPlanner.plan(request, id, creator, platform.serviceName(), now,
                owned.accountOf());
        String idField = idempotencyKey != null ? "Idempotency-Key" : "id";
        return existing(plan, idField).flatMap(existing -> {
            List<ActivityCreated> missing = plan.events().stream()
                    .filter(e -> !existing.containsKey(e.activityId())).toList();
            if (missing.isEmpty()) {
                return Uni.createFrom().item(new CreateOutcome(CreateOutcome.Kind.REPLAYED, plan, ordered(plan,
                        existing)));
            }
            // A repeat that finds only part of its activities completes the interrupted request.
            return references.check(request, owned.scope()).flatMap(ok -> publish(plan, missing, existing.isEmpty(), idField));
        });
    }

    private Uni<CreateOutcome> publish(CreationPlan plan, List<ActivityCreated> events, boolean fresh,
            String idField) {
        return publisher.publishAll(events)
                .flatMap(readYourWrites::awaitApplied)
                .flatMap(visible -> !visible
                        ? Uni.createFrom().item(new CreateOutcome(CreateOutcome.Kind.ACCEPTED, plan, List.of()))
                        : Uni.combine().all().unis(existing(plan, idField), appliedAll(events)).asTuple()
                                .map(found -> new CreateOutcome(fresh && found.getItem2()
                                        ? CreateOutcome.Kind.CREATED : CreateOutcome.Kind.REPLAYED, plan,
                                        ordered(plan, found.getItem1()))));
    }

    /** False when a concurrent twin request was first and the fold rejected ours as DUPLICATE_CREATE. */
    private Uni<Boolean> appliedAll(List<ActivityCreated> events) {
        return history.byEventIds(events.stream().map(ActivityCreated::eventId).toList())
                .map(records -> events.stream().allMatch(e -> {
                    HistoryRecord r = records.get(e.eventId());
                    return r != null && r.applied();
                }));
    }

    /**
     * The plan's activities that exist; 409 if one exists with a different definition: the id or key was
     * already used for another request.
     */
    private Uni<Map<UUID, ActivityState>> existing(CreationPlan plan, String idField) {
        return views.load(pool, plan.activityIds()).map(states -> {
            states.values().stream()
                    .filter(s -> !sameDefinition(s, plan))
                    .findFirst()
                    .ifPresent(s -> {
                        throw new ProblemException(Problems.idempotencyConflict(idField, s.id()));
                    });
            return states;
        });
    }

    private static boolean sameDefinition(ActivityState state, CreationPlan plan) {
        // Compared as JSON values: parameters read back from the view's jsonb keep a number's value but not
        // its notation or class (1.5E10 comes back as 15000000000), and a retry must still be recognised.
        return JsonValues.equivalent(EventCodec.mapper().valueToTree(state.definition()),
                EventCodec.mapper().valueToTree(plan.definitionOf(state.id())));
    }

    private static List<ActivityState> ordered(CreationPlan plan, Map<UUID, ActivityState> states) {
        return plan.activityIds().stream().map(states::get).filter(Objects::nonNull).toList();
    }
}
