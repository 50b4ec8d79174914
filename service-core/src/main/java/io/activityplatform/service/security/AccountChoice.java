package io.activityplatform.service.security;

import io.activityplatform.service.rest.ProblemException;
import java.util.Collection;
import java.util.Set;

/**
 * Which account (tenant) a new object belongs to, chosen by its creator among the accounts the token names:
 * the one the request asks for, else the token's only account. A request naming an account the token does not
 * name, or none when the token names several (or none), is a 400 naming the field: it cannot tell whether
 * another account exists.
 */
public final class AccountChoice {

    private AccountChoice() {
    }

    /** The owning account of a new object, as described above. */
    public static String choose(String requested, Set<String> accounts, String field) {
        if (requested != null) {
            return scope(requested, accounts, field).iterator().next();
        }
        if (accounts.size() == 1) {
            return accounts.iterator().next();
        }
        throw ProblemException.invalid(field, accounts.isEmpty()
                ? "your token names no account, so nothing can be created"
                : "required: your token names several accounts; choose one of " + accounts);
    }

    /**
     * True when an object of {@code account} is visible to a caller of {@code accounts}. An object of no account
     * (written before tenancy) is visible to nobody; null-safe for every kind of set.
     */
    public static boolean visible(Collection<String> accounts, String account) {
        return account != null && accounts.contains(account);
    }

    /** The accounts a lookup may search: only {@code requested} when given (and one of the token's), else all. */
    public static Set<String> scope(String requested, Set<String> accounts, String field) {
        if (requested == null) {
            return accounts;
        }
        if (!accounts.contains(requested)) {
            throw ProblemException.invalid(field, "must be one of the accounts your token names");
        }
        return Set.of(requested);
    }
}
