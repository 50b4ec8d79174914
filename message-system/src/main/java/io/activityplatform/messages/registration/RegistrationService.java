package io.activityplatform.messages.registration;

import io.activityplatform.events.event.Actor;
import io.activityplatform.events.event.ComputerEvent;
import io.activityplatform.messages.domain.Account;
import io.activityplatform.messages.repository.AccountRepository;
import io.activityplatform.messages.repository.AgentRepository;
import io.activityplatform.service.config.PlatformConfig;
import io.activityplatform.service.publishing.ReadYourWrites;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Registers an agent: checks the account's registration key, stores the new computer (secret id as a hash
 * only) and publishes {@code computer.registered}, pending when the account wants manual acceptance. The
 * answer waits until this service's view shows the computer, so the agent's first exchange finds it. Every
 * attempt, through either agent protocol (JSON or Landscape), first passes the {@link RegistrationLimiter}.
 */
@ApplicationScoped
public class RegistrationService {

    private final AccountRepository accounts;
    private final AgentRepository agents;
    private final ReadYourWrites readYourWrites;
    private final PlatformConfig platform;
    private final Clock clock;
    private final RegistrationLimiter limiter;

    public RegistrationService(AccountRepository accounts, AgentRepository agents, ReadYourWrites readYourWrites,
            PlatformConfig platform, Clock clock, RegistrationLimiter limiter) {
        this.limiter = limiter;
        this.accounts = accounts;
        this.agents = agents;
        this.readYourWrites = readYourWrites;
        this.platform = platform;
        this.clock = clock;
    }

    /**
     * Registers from {@code sourceAddress} (the peer, for the rate limit); over the limit it fails with a 429
     * problem before the key is even looked at, and the attempt counts all the same.
     */
    public Uni<Registration.Granted> register(Registration request, String sourceAddress) {
        return Uni.createFrom().item(request).invoke(r -> limiter.admit(sourceAddress, r.accountId()))
                .flatMap(r -> accounts.find(r.accountId()))
                .map(account -> account.filter(a -> a.accepts(request.registrationKey(), clock.instant(),
                                Secrets::matches))
                        .orElseThrow(RegistrationService::refused))
                .flatMap(account -> create(account, request));
    }

    private Uni<Registration.Granted> create(Account account, Registration request) {
        String computerId = UUID.randomUUID().toString();
        String secretId = Secrets.generate();
        String token = Secrets.generate();
        Instant now = clock.instant();
        ComputerEvent.Registered event = new ComputerEvent.Registered(UUID.randomUUID(), computerId, now,
                Actor.agent(computerId), platform.serviceName(), account.id(), request.title(), request.hostname(),
                request.tags(), account.manualAcceptance());
        return agents.insert(computerId, account.id(), Secrets.hash(secretId), Secrets.hash(token), now)
                .flatMap(v -> readYourWrites.publisher().publish(event)
                        // without its event the computer would exist here only: undo, the agent retries
                        .onFailure().call(e -> agents.delete(computerId)))
                .flatMap(position -> readYourWrites.awaitApplied(List.of(position)))
                .map(visible -> new Registration.Granted(computerId, secretId, token, account.manualAcceptance()));
    }

    /** One answer for an unknown account and a wrong key, so neither can be probed. */
    private static ProblemException refused() {
        return new ProblemException(new Problem("urn:activityplatform:problem:registration-refused",
                "Registration refused", 403, "the account does not exist or the registration key is wrong", null,
                List.of(new Problem.FieldError("registrationKey", "does not match the account's registration key")),
                Map.of()));
    }
}
