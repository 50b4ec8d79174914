package io.activityplatform.api.service;

import io.activityplatform.api.model.Command;
import io.activityplatform.api.model.HistoryRecord;
import io.activityplatform.api.repository.HistoryRepository;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.StatusChanged;
import io.activityplatform.events.fold.ActivityState;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.ActivityViewStore;
import io.activityplatform.service.publishing.EventPublisher;
import io.activityplatform.service.publishing.ReadYourWrites;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Cancel, approve and hold of one activity. Judged against the view (404, 409, 412 without publishing), then
 * published conditionally and settled by the log: once the view has applied the record, the history says
 * whether this very event (by id) was applied or lost a race, which is answered 409 (or 412 under If-Match when
 * the command is still possible from the new status).
 */
@ApplicationScoped
public class CommandService {

    private final ActivityViewStore views;
    private final HistoryRepository history;
    private final EventPublisher publisher;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;
    private final PlatformConfig platform;

    public CommandService(ActivityViewStore views, HistoryRepository history, EventPublisher publisher,
            ReadYourWrites readYourWrites, Clock clock, PlatformConfig platform) {
        this.views = views;
        this.history = history;
        this.publisher = publisher;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
        this.platform = platform;
    }

    /** Commands an activity of {@code accounts}; another account's activity is a 404 like an unknown one. */
    public Uni<CommandOutcome> execute(Command command, UUID id, Integer ifMatch, Actor actor, String reason,
            Set<String> accounts) {
        CommandPlanner.checkReason(reason, "reason");
        return views.find(id, accounts).map(found -> found.orElseThrow(() -> new ProblemException(Problems.notFound(id))))
                .map(state -> CommandPlanner.decide(command, state, ifMatch, actor,
                        platform.serviceName(), reason, clock.instant()))
                .flatMap(decision -> {
                    if (decision.refused()) {
                        return Uni.createFrom().failure(new ProblemException(decision.refusal()));
                    }
                    return publisher.publish(decision.event())
                            .flatMap(position -> readYourWrites.awaitApplied(List.of(position)))
                            .flatMap(visible -> visible ? settle(command, decision.event(), ifMatch)
                                    : Uni.createFrom().item(new CommandOutcome(CommandOutcome.Kind.ACCEPTED, null)));
                });
    }

    private Uni<CommandOutcome> settle(Command command, StatusChanged event, Integer ifMatch) {
        return Uni.combine().all().unis(history.byEventIds(List.of(event.eventId())), current(event.activityId()))
                .asTuple().map(found -> {
                    HistoryRecord record = found.getItem1().get(event.eventId());
                    ActivityState now = found.getItem2();
                    if (record == null) {
                        return new CommandOutcome(CommandOutcome.Kind.ACCEPTED, now);
                    }
                    if (record.applied()) {
                        return new CommandOutcome(CommandOutcome.Kind.APPLIED, now);
                    }
                    // Under If-Match, losing to a change after which the command is still possible means the
                    // caller's version is stale: 412, re-read and decide again. Losing to one after which it is
                    // not (the activity finished, or left BLOCKED for good) is a 409 like before publishing.
                    if (ifMatch != null && ifMatch != now.statusVersion() && CommandPlanner.allows(command, now)) {
                        throw new ProblemException(Problems.stale(now, ifMatch));
                    }
                    throw new ProblemException(Problems.lostRace(command, now, record.rejection(),
                            record.rejectionDetail()));
                });
    }

    private Uni<ActivityState> current(UUID id) {
        return views.find(id).map(found -> found.orElseThrow(() -> new ProblemException(Problems.notFound(id))));
    }
}
