package io.activityplatform.api.service;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.ids.DeterministicIds;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.reactive.BoundedLookups;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /activities} and {@code POST /activities/bulk/create}: validate everything first (nothing is
 * published for a rejected request), then either recognise a repeated request (same id or Idempotency-Key) or
 * publish the created events and wait until this service's view shows them ({@link Creations}; a single
 * create is a batch of one).
 */
@ApplicationScoped
public class CreateActivityService {

    static final String FIELD = "activities";

    private final Creations creations;
    private final ActivityOwners owners;
    private final Clock clock;
    private final PlatformConfig platform;
    private final ApiConfig api;

    public CreateActivityService(Creations creations, ActivityOwners owners, Clock clock, PlatformConfig platform,
            ApiConfig api) {
        this.creations = creations;
        this.owners = owners;
        this.clock = clock;
        this.platform = platform;
        this.api = api;
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
        String idField = idempotencyKey != null ? "Idempotency-Key" : "id";
        return owners.of(request, accounts)
                .map(owned -> new PlannedCreate(request, CreationPlanner.plan(request, id, creator,
                        platform.serviceName(), now, owned.accountOf()), owned.scope(), idField, ""))
                .flatMap(item -> creations.submit(List.of(item)))
                .map(outcomes -> outcomes.get(0));
    }

    /**
     * {@code POST /activities/bulk/create}: many create requests validated together (one 400 names every bad
     * field as {@code activities[i].field}; nothing is published unless every item is valid), then submitted
     * as one batch of records. With an Idempotency-Key the i-th item's id is derived from the key and i, so a
     * retried batch lands on the same activities.
     */
    public Uni<List<CreateOutcome>> createAll(List<CreateActivityRequest> items, Actor creator, Set<String> accounts,
            String idempotencyKey) {
        Instant now = clock.instant();
        checkSize(items);
        Violations violations = new Violations();
        List<UUID> ids = ids(items, creator, idempotencyKey, violations);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                String prefix = prefix(i);
                CreateRequestValidator.validate(items.get(i), now, api.maxComputersPerRequest()).errors()
                        .forEach(e -> violations.add(prefix + e.field(), e.message()));
            }
        }
        violations.throwIfAny();
        String idField = idempotencyKey != null ? "Idempotency-Key" : "id";
        List<Uni<PlannedCreate>> planned = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            CreateActivityRequest request = items.get(i);
            UUID id = ids.get(i);
            String prefix = prefix(i);
            planned.add(Uni.createFrom().deferred(() -> owners.of(request, accounts))
                    .onFailure(ProblemException.class)
                    .transform(e -> FieldPrefix.prefixed((ProblemException) e, prefix))
                    .map(owned -> new PlannedCreate(request, CreationPlanner.plan(request, id, creator,
                            platform.serviceName(), now, owned.accountOf()), owned.scope(), idField, prefix)));
        }
        return BoundedLookups.all(planned, Creations.LOOKUPS_IN_FLIGHT)
                .onFailure().transform(FieldPrefix::merged)
                .flatMap(creations::submit);
    }

    /** Bounds first: a request of a million items is refused before any of them is looked at. */
    private void checkSize(List<CreateActivityRequest> items) {
        if (items == null || items.isEmpty()) {
            throw ProblemException.invalid(FIELD, "at least one create request is required");
        }
        if (items.size() > api.maxBulkItems()) {
            throw ProblemException.invalid(FIELD, "at most " + api.maxBulkItems() + " items per request");
        }
        long activities = items.stream()
                .mapToLong(r -> r != null && r.computerIds() != null ? r.computerIds().size() : 1).sum();
        if (activities > api.maxComputersPerRequest()) {
            throw ProblemException.invalid(FIELD, "at most " + api.maxComputersPerRequest()
                    + " activities in all (each computer of a computerIds item is one); this batch makes "
                    + activities);
        }
    }

    /** Each item's id: its own, one derived from the key and its index, or a random one; never twice. */
    private static List<UUID> ids(List<CreateActivityRequest> items, Actor creator, String key, Violations v) {
        CreationPlanner.checkKey(key, v);
        List<UUID> ids = new ArrayList<>(items.size());
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            CreateActivityRequest r = items.get(i);
            if (r == null) {
                v.add(FIELD + "[" + i + "]", "must be a create request object");
                ids.add(null);
                continue;
            }
            if (key != null && r.id() != null) {
                v.add(prefix(i) + "id", "give either ids in the items or an Idempotency-Key header, not both");
            }
            UUID id = key != null ? DeterministicIds.idempotencyKey(creator.id(), key + "#" + i)
                    : r.id() != null ? r.id() : UUID.randomUUID();
            Integer earlier = seen.putIfAbsent(id, i);
            if (earlier != null) {
                v.add(prefix(i) + "id", "the same id as " + FIELD + "[" + earlier + "]");
            }
            ids.add(id);
        }
        return ids;
    }

    private static String prefix(int index) {
        return FIELD + "[" + index + "].";
    }
}
