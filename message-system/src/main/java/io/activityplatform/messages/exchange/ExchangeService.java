package io.activityplatform.messages.exchange;

import io.activityplatform.events.computer.ComputerState;
import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.domain.AgentMessage;
import io.activityplatform.messages.domain.AgentRecord;
import io.activityplatform.messages.domain.ExchangeRequest;
import io.activityplatform.messages.domain.ExchangeResponse;
import io.activityplatform.messages.domain.MessageOutcome;
import io.activityplatform.messages.registration.Secrets;
import io.activityplatform.messages.repository.AgentRepository;
import io.activityplatform.messages.repository.DeliveryRepository;
import io.activityplatform.messages.repository.OutboxRepository;
import io.activityplatform.service.projection.ComputerViewStore;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One exchange, independent of its encoding: authenticate, take the computer's lease, take the agent's
 * acknowledgement, record its results and progress, queue cancels and new deliveries, and answer with every
 * unacknowledged message. All state lives in the database, so any replica can serve any agent.
 */
@ApplicationScoped
public class ExchangeService {

    private final AgentAuthenticator authenticator;
    private final AgentRepository agents;
    private final OutboxRepository outbox;
    private final DeliveryRepository deliveries;
    private final ComputerViewStore computers;
    private final AgentMessages agentMessages;
    private final CancelNotifier cancels;
    private final DeliveryClaimer claimer;
    private final MessagesConfig config;
    private final Clock clock;
    /** Field-injected so the metrics hook leaves the constructor alone. */
    @jakarta.inject.Inject
    io.activityplatform.messages.metrics.ExchangeMetrics metrics;

    public ExchangeService(AgentAuthenticator authenticator, AgentRepository agents, OutboxRepository outbox,
            DeliveryRepository deliveries, ComputerViewStore computers, AgentMessages agentMessages,
            CancelNotifier cancels, DeliveryClaimer claimer, MessagesConfig config, Clock clock) {
        this.authenticator = authenticator;
        this.agents = agents;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.computers = computers;
        this.agentMessages = agentMessages;
        this.cancels = cancels;
        this.claimer = claimer;
        this.config = config;
        this.clock = clock;
    }

    public Uni<ExchangeResponse> exchange(ExchangeRequest request) {
        return metrics.observe(request, () -> leasedExchange(request));
    }

    private Uni<ExchangeResponse> leasedExchange(ExchangeRequest request) {
        UUID lease = UUID.randomUUID();
        return authenticator.authenticate(request.secretId())
                .flatMap(agent -> takeLease(agent, lease)
                        .flatMap(ackedAtLease -> authenticator.checkToken(agent, request.exchangeToken())
                                .flatMap(v -> underLease(agent, request, lease, ackedAtLease))
                                .onFailure().call(e -> agents.releaseLease(agent.computerId(), lease))));
    }

    /** @return the acknowledged sequence under the lease */
    private Uni<Long> takeLease(AgentRecord agent, UUID lease) {
        Instant now = clock.instant();
        return agents.tryLease(agent.computerId(), lease, now, now.plus(config.exchange().lease()))
                .flatMap(acked -> acked.map(a -> Uni.createFrom().item(a))
                        .orElseGet(() -> Uni.createFrom().failure(busy())));
    }

    /**
     * Records what the agent acknowledges. An idle agent acknowledges nothing new: the update would change
     * nothing yet cost a commit waiting for its WAL flush (an idle exchange was three of them).
     */
    private Uni<Long> acknowledge(String computerId, long nextExpected, long ackedAtLease) {
        return nextExpected <= ackedAtLease ? Uni.createFrom().item(ackedAtLease)
                : agents.acknowledge(computerId, nextExpected);
    }

    private Uni<ExchangeResponse> underLease(AgentRecord agent, ExchangeRequest request, UUID lease,
            long ackedAtLease) {
        String computerId = agent.computerId();
        List<AgentMessage> fresh = request.messages().stream()
                .filter(m -> m.sequence() >= agent.nextAgentSequence())
                .sorted(Comparator.comparingLong(AgentMessage::sequence)).toList();
        List<MessageOutcome> outcomes = new ArrayList<>(request.messages().stream()
                .filter(m -> m.sequence() < agent.nextAgentSequence())
                .map(m -> MessageOutcome.ignored(m, "duplicate: message " + m.sequence() + " was received before"))
                .toList());
        long nextAgentSequence = fresh.stream().mapToLong(m -> m.sequence() + 1).max()
                .orElse(agent.nextAgentSequence());
        String nextToken = Secrets.generate();
        return acknowledge(computerId, request.nextExpectedSequence(), ackedAtLease)
                .flatMap(acked -> agentMessages.process(computerId, fresh)
                        .invoke(outcomes::addAll)
                        .flatMap(v -> computers.find(computerId))
                        .flatMap(computer -> queueFor(computer, computerId)
                                .flatMap(v -> respond(computerId, acked, nextAgentSequence, outcomes, nextToken,
                                        computer))))
                .call(response -> agents.finishExchange(computerId, lease, Secrets.hash(nextToken),
                        Secrets.hash(request.exchangeToken()), nextAgentSequence, clock.instant()));
    }

    /** Cancels always; new work only for an accepted computer. */
    private Uni<Void> queueFor(Optional<ComputerState> computer, String computerId) {
        if (computer.isPresent() && computer.get().status() == ComputerState.Status.REMOVED) {
            return Uni.createFrom().failure(new ProblemException(Problem.of(403, "Computer removed",
                    "computer " + computerId + " was removed; register again to manage it")));
        }
        boolean accepted = computer.isPresent() && computer.get().status() == ComputerState.Status.ACCEPTED;
        return cancels.queueCancels(computerId)
                .flatMap(n -> accepted ? claimer.deliverDue(computerId) : Uni.createFrom().item(0))
                .replaceWithVoid();
    }

    private Uni<ExchangeResponse> respond(String computerId, long acked, long nextAgentSequence,
            List<MessageOutcome> outcomes, String nextToken, Optional<ComputerState> computer) {
        boolean pending = computer.isEmpty() || computer.get().status() == ComputerState.Status.PENDING;
        return outbox.pending(computerId, acked, config.exchange().maxMessages())
                .flatMap(messages -> deliveries.openCount(computerId).map(open -> new ExchangeResponse(computerId,
                        nextAgentSequence, messages, outcomes, nextToken,
                        open > 0 || !messages.isEmpty() ? config.exchange().urgentInterval()
                                : config.exchange().interval(),
                        config.exchange().pingInterval(), pending)));
    }

    private static ProblemException busy() {
        return new ProblemException(Problem.of(409, "Exchange in progress",
                "another exchange for this computer is in progress; retry shortly").with("retryAfterSeconds", 1));
    }
}
