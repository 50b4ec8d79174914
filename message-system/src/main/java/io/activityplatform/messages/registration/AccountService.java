package io.activityplatform.messages.registration;

import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.messages.domain.Account;
import io.activityplatform.messages.repository.AccountRepository;
import io.activityplatform.service.rest.ProblemException;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts and their registration keys: the configured ones are written at startup (configuration wins),
 * more are managed through the API. Keys are kept only as hashes.
 */
@ApplicationScoped
public class AccountService {

    private final AccountRepository accounts;
    private final MessagesConfig config;
    private final Clock clock;

    public AccountService(AccountRepository accounts, MessagesConfig config, Clock clock) {
        this.accounts = accounts;
        this.config = config;
        this.clock = clock;
    }

    void seed(@Observes StartupEvent event) {
        for (Map.Entry<String, MessagesConfig.AccountSeed> e : config.accounts().entrySet()) {
            MessagesConfig.AccountSeed seed = e.getValue();
            save(e.getKey(), seed.title().orElse(e.getKey()), Optional.of(seed.registrationKey()),
                    seed.manualAcceptance()).await().atMost(Duration.ofSeconds(30));
        }
    }

    /**
     * Creates the account or changes it. A new account needs a registration key; an existing one keeps its
     * key when none is given.
     */
    public Uni<AccountRepository.Saved> save(String id, String title, Optional<String> registrationKey,
            boolean manualAcceptance) {
        return accounts.find(id).flatMap(existing -> {
            if (existing.isEmpty() && registrationKey.isEmpty()) {
                return Uni.createFrom().failure(
                        ProblemException.invalid("registrationKey", "required when creating an account"));
            }
            String keyHash = registrationKey.map(Secrets::hash).orElseGet(() -> existing.get().registrationKeyHash());
            return accounts.save(new Account(id, title, keyHash, manualAcceptance, clock.instant(), clock.instant()));
        });
    }

    /**
     * {@code PUT}: creates the account (key required; title defaults to the id, manual acceptance to off) or
     * replaces it, refusing a body that leaves out a field (see {@link AccountChanges}).
     */
    public Uni<AccountRepository.Saved> replace(String id, AccountChanges changes) {
        return accounts.find(id).flatMap(existing -> {
            if (existing.isEmpty()) {
                return save(id, changes.title() == null ? id : changes.title(),
                        Optional.ofNullable(changes.registrationKey()), Boolean.TRUE.equals(changes.manualAcceptance()));
            }
            changes.requireComplete();
            return write(existing.get(), changes);
        });
    }

    /** {@code PATCH} (JSON Merge Patch): changes only the fields given, of an account that exists. */
    public Uni<AccountRepository.Saved> patch(String id, AccountChanges changes) {
        return accounts.find(id).flatMap(existing -> existing.isEmpty()
                ? Uni.createFrom().failure(ProblemException.notFound("account " + id))
                : write(existing.get(), changes));
    }

    private Uni<AccountRepository.Saved> write(Account current, AccountChanges changes) {
        Optional<String> keyHash = Optional.ofNullable(changes.registrationKey()).map(Secrets::hash);
        return accounts.save(changes.appliedTo(current, keyHash, clock.instant()));
    }
}
