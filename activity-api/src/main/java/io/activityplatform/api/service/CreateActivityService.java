package io.activityplatform.api.service;

import io.activityplatform.api.config.ApiConfig;
import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.events.event.Actor;
import io.activityplatform.service.config.PlatformConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /activities}: validate everything first (nothing is published for a rejected request), then
 * either recognise a repeated request (same id or Idempotency-Key) or publish the created events and wait
 * until this service's view shows them ({@link Creations}, as a batch of one).
 */
@ApplicationScoped
public class CreateActivityService {

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
}
