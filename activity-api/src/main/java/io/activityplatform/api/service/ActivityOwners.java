package io.activityplatform.api.service;

import io.activityplatform.api.repository.ComputerRepository;
import io.activityplatform.api.rest.dto.CreateActivityRequest;
import io.activityplatform.service.security.AccountChoice;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The account (tenant) each activity of a create request will belong to. A client activity belongs to its
 * computer's account, looked up only among the caller's accounts (or the one it names in {@code accountId}),
 * so another account's computer stays unknown and the reference check answers 422 as for a missing one. A
 * server activity belongs to the account the caller chose ({@link AccountChoice}).
 */
@ApplicationScoped
public class ActivityOwners {

    static final String FIELD = "accountId";

    private final ComputerRepository computers;

    public ActivityOwners(ComputerRepository computers) {
        this.computers = computers;
    }

    /** Who owns what, and the accounts the request's references may be looked up in. */
    public record Owners(Function<String, String> accountOf, Set<String> scope) {
    }

    public Uni<Owners> of(CreateActivityRequest r, Set<String> accounts) {
        Set<String> scope = AccountChoice.scope(r.accountId(), accounts, FIELD);
        List<String> targets = r.computerIds() != null ? r.computerIds()
                : r.computerId() != null ? List.of(r.computerId()) : List.of();
        if (targets.isEmpty()) {
            String account = AccountChoice.choose(r.accountId(), accounts, FIELD);
            return Uni.createFrom().item(new Owners(computer -> account, Set.of(account)));
        }
        return computers.accounts(targets, scope).map(owners -> new Owners(owners::get, scope));
    }
}
