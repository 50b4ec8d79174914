package io.activityplatform.messages.exchange;

import io.activityplatform.messages.domain.AgentRecord;
import io.activityplatform.messages.registration.Secrets;
import io.activityplatform.messages.repository.AgentRepository;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/**
 * Who is exchanging: the secret id names the agent, the exchange token proves it is the copy that received
 * the last response. Landscape rotates a token per exchange to detect cloned agents; we do the same, and
 * also accept the token presented last time, so an agent whose response was lost can retry.
 */
@ApplicationScoped
public class AgentAuthenticator {

    private final AgentRepository agents;
    private final Clock clock;

    public AgentAuthenticator(AgentRepository agents, Clock clock) {
        this.agents = agents;
        this.clock = clock;
    }

    public Uni<AgentRecord> authenticate(String secretId) {
        if (secretId == null || secretId.isBlank()) {
            return Uni.createFrom().failure(unauthorized());
        }
        return agents.findBySecretHash(Secrets.hash(secretId))
                .map(found -> found.orElseThrow(AgentAuthenticator::unauthorized));
    }

    /** Fails with 403 (and marks the computer) when the token is neither the issued nor the last presented one. */
    public Uni<Void> checkToken(AgentRecord agent, String token) {
        if (Secrets.matches(token, agent.tokenHash()) || Secrets.matches(token, agent.previousTokenHash())) {
            return Uni.createFrom().voidItem();
        }
        return agents.markCloneSuspected(agent.computerId(), clock.instant())
                .flatMap(v -> Uni.createFrom().failure(new ProblemException(new Problem(
                        "urn:activityplatform:problem:exchange-token-mismatch", "Exchange token mismatch", 403,
                        "the exchange token is not the one last issued to this computer: another copy of this agent"
                                + " may be exchanging with the same secret id; register this copy again",
                        null, List.of(new Problem.FieldError("exchangeToken", "not the last issued token")),
                        java.util.Map.of()))));
    }

    private static ProblemException unauthorized() {
        return new ProblemException(new Problem("urn:activityplatform:problem:unknown-computer", "Unknown computer",
                401, "no computer is registered with this secret id", null,
                List.of(new Problem.FieldError("secretId", "unknown secret id")), java.util.Map.of()));
    }
}
