package io.activityplatform.messages.registration;

import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.messages.domain.AgentRecord;
import io.activityplatform.messages.repository.AgentRepository;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.projection.ComputerViewStore;
import io.activityplatform.service.publishing.ReadYourWrites;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.activityplatform.service.security.AccountChoice;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Registered computers as operators see them, and the manual acceptance of pending ones. */
@ApplicationScoped
public class ComputerService {

    private final ComputerViewStore computers;
    private final AgentRepository agents;
    private final ReadYourWrites readYourWrites;
    private final PlatformConfig platform;
    private final Clock clock;

    public ComputerService(ComputerViewStore computers, AgentRepository agents, ReadYourWrites readYourWrites,
            PlatformConfig platform, Clock clock) {
        this.computers = computers;
        this.agents = agents;
        this.readYourWrites = readYourWrites;
        this.platform = platform;
        this.clock = clock;
    }

    /** The computer and its agent's exchange bookkeeping. */
    public record Described(ComputerState computer, AgentRecord agent) {
    }

    /** The computer if it belongs to one of {@code accounts}; another account's computer is a 404 like none. */
    public Uni<Described> describe(String computerId, Collection<String> accounts) {
        return computers.find(computerId).flatMap(computer -> agents.find(computerId)
                .map(agent -> new Described(computer.filter(c -> AccountChoice.visible(accounts, c.accountId()))
                        .orElseThrow(() -> ProblemException.notFound("computer " + computerId)),
                        agent.orElse(null))));
    }

    /** Accepts a pending computer; its agent gets activities from its next exchange on. */
    public Uni<Described> accept(String computerId, Collection<String> accounts, Actor operator) {
        return decidePending(computerId, accounts, new ComputerEvent.Accepted(UUID.randomUUID(), computerId,
                clock.instant(), operator, platform.serviceName()));
    }

    /**
     * Rejects a pending computer: it is removed (as {@code computer.removed}, with the reason), so its agent gets
     * no activities and must register anew to be considered again.
     */
    public Uni<Described> reject(String computerId, Collection<String> accounts, Actor operator) {
        return decidePending(computerId, accounts, new ComputerEvent.Removed(UUID.randomUUID(), computerId,
                clock.instant(), operator, platform.serviceName(), "registration rejected by " + operator.id()));
    }

    /** Publishes the decision on a PENDING computer (409 otherwise) and answers once this view shows it. */
    private Uni<Described> decidePending(String computerId, Collection<String> accounts, ComputerEvent decision) {
        return describe(computerId, accounts).flatMap(described -> {
            if (described.computer().status() != ComputerState.Status.PENDING) {
                return Uni.createFrom().failure(new ProblemException(Problem.of(409, "Not pending",
                        "computer " + computerId + " is " + described.computer().status() + ", not PENDING")
                        .with("currentStatus", described.computer().status())));
            }
            return readYourWrites.publisher().publish(decision)
                    .flatMap(position -> readYourWrites.awaitApplied(List.of(position)))
                    .flatMap(visible -> describe(computerId, accounts));
        });
    }
}
