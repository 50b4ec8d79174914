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
import java.time.Instant;
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
                    seed.manualAcceptance(), Duration.ZERO).await().atMost(Duration.ofSeconds(30));
        }
    }

    /**
     * Creates the account or changes it. A new account needs a registration key; an existing one keeps its
     * key when none is given. A different key rotates: the old one stays valid for {@code grace} (zero: not at
     * all), so agents being provisioned with it still register.
     */
    public Uni<AccountRepository.Saved> save(String id, String title, Optional<String> registrationKey,
            boolean manualAcceptance, Duration grace) {
        return accounts.find(id).flatMap(existing -> {
            if (existing.isEmpty() && registrationKey.isEmpty()) {
                return Uni.createFrom().failure(
                        ProblemException.invalid("registrationKey", "required when creating an account"));
            }
            Instant now = clock.instant();
            if (existing.isEmpty()) {
                return accounts.save(new Account(id, title, Secrets.hash(registrationKey.get()), manualAcceptance,
                        now, now));
            }
            Account old = existing.get();
            boolean rotates = registrationKey.filter(key -> !Secrets.matches(key, old.registrationKeyHash()))
                    .isPresent();
            if (!rotates) {
                return accounts.save(new Account(id, title, old.registrationKeyHash(), manualAcceptance, now, now,
                        old.previousKeyHash(), old.previousKeyValidUntil()));
            }
            boolean keepOld = !grace.isZero() && !grace.isNegative();
            return accounts.save(new Account(id, title, Secrets.hash(registrationKey.get()), manualAcceptance, now,
                    now, keepOld ? old.registrationKeyHash() : null, keepOld ? now.plus(grace) : null));
        });
    }

    /**
     * {@code PUT}: creates the account (key required; title defaults to the id, manual acceptance to off) or
     * replaces it, refusing a body that leaves out a field (see {@link AccountChanges}).
     */
    public Uni<AccountRepository.Saved> replace(String id, AccountChanges changes) {
        return accounts.find(id).flatMap(existing -> {
            if (existing.isPresent()) {
                changes.requireComplete();
            }
            return save(id, changes.title() == null ? id : changes.title(),
                    Optional.ofNullable(changes.registrationKey()), Boolean.TRUE.equals(changes.manualAcceptance()),
                    changes.grace());
        });
    }

    /** {@code PATCH} (JSON Merge Patch): changes only the fields given, of an account that exists. */
    public Uni<AccountRepository.Saved> patch(String id, AccountChanges changes) {
        return accounts.find(id).flatMap(existing -> {
            if (existing.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.notFound("account " + id));
            }
            Account current = existing.get();
            return save(id, changes.title() == null ? current.title() : changes.title(),
                    Optional.ofNullable(changes.registrationKey()),
                    changes.manualAcceptance() == null ? current.manualAcceptance() : changes.manualAcceptance(),
                    changes.grace());
        });
    }
}
