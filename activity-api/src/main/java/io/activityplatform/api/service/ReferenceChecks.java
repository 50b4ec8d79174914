package io.activityplatform.api.service;

import io.activityplatform.api.problem.Violations;
import io.activityplatform.api.repository.ComputerRepository;
import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.events.type.ActivityType;
import io.activityplatform.service.projection.ActivityViewStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what a valid create request refers to against this service's view: each target computer must be
 * registered in one of the caller's accounts (another account's computer is "unknown", exactly like a missing
 * one), accepted and not removed; an awaited activity must exist. Any failure is a 422 naming the field.
 */
@ApplicationScoped
public class ReferenceChecks {

    static final String REMOVED_FIELD = "parameters.computerId";

    private final ComputerRepository computers;
    private final ActivityViewStore activities;

    public ReferenceChecks(ComputerRepository computers, ActivityViewStore activities) {
        this.computers = computers;
        this.activities = activities;
    }

    public Uni<Void> check(CreateActivityRequest r, Collection<String> accounts) {
        List<String> targets = r.computerIds() != null ? r.computerIds()
                : r.computerId() != null ? List.of(r.computerId()) : List.of();
        String removed = computerToRemove(r);
        if (removed != null) {
            targets = new java.util.ArrayList<>(targets);
            targets.add(removed);
        }
        List<String> all = targets;
        Uni<Map<String, ComputerState.Status>> statuses = all.isEmpty() ? Uni.createFrom().item(Map.of())
                : computers.statuses(all, accounts);
        Uni<Boolean> awaitedExists = r.waitFor() == null ? Uni.createFrom().item(true)
                : activities.find(r.waitFor().activityId(), accounts).map(Optional::isPresent);
        return Uni.combine().all().unis(statuses, awaitedExists).asTuple().map(found -> {
            Violations v = new Violations();
            int targeted = removed == null ? all.size() : all.size() - 1;
            for (int i = 0; i < targeted; i++) {
                String field = r.computerIds() != null ? "computerIds[" + i + "]" : "computerId";
                problem(all.get(i), found.getItem1().get(all.get(i))).ifPresent(m -> v.add(field, m));
            }
            if (removed != null && found.getItem1().get(removed) == null) {
                v.add(REMOVED_FIELD, "unknown computer '" + removed + "'");
            }
            if (!found.getItem2()) {
                v.add("waitFor.activityId", "unknown activity " + r.waitFor().activityId());
            }
            v.throwUnprocessableIfAny();
            return null;
        }).replaceWithVoid();
    }

    /**
     * The computer a RemoveComputerActivity removes: it must be known (in any status: removing a pending one is
     * fine, and removing one twice is left to the job), else the job could only fail later.
     */
    private static String computerToRemove(CreateActivityRequest r) {
        if (!ActivityType.REMOVE_COMPUTER_ACTIVITY.wireName().equals(r.type()) || r.parameters() == null) {
            return null;
        }
        return r.parameters().get("computerId") instanceof String id && !id.isBlank() ? id : null;
    }

    static Optional<String> problem(String computerId, ComputerState.Status status) {
        if (status == null) {
            return Optional.of("unknown computer '" + computerId + "'");
        }
        return switch (status) {
            case PENDING -> Optional.of("computer '" + computerId + "' is pending acceptance");
            case REMOVED -> Optional.of("computer '" + computerId + "' was removed");
            case ACCEPTED -> Optional.empty();
        };
    }
}
