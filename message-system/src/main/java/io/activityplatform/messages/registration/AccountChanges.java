package io.activityplatform.messages.registration;

import io.activityplatform.messages.domain.Account;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a client asked to change on an account; {@code null} is "not given". A replacement ({@code PUT}) of an
 * existing account must give every field but the write-only key, so a forgotten field never silently resets
 * (rotating the key must not turn manual acceptance off); a merge patch changes only the fields given.
 */
public record AccountChanges(String title, String registrationKey, Boolean manualAcceptance) {

    /** The fields a replacement of an existing account lacks. */
    public List<String> missingForReplacement() {
        List<String> missing = new ArrayList<>();
        if (title == null) {
            missing.add("title");
        }
        if (manualAcceptance == null) {
            missing.add("manualAcceptance");
        }
        return missing;
    }

    /** Refuses a replacement of an existing account that leaves fields out, naming each of them. */
    public void requireComplete() {
        List<String> missing = missingForReplacement();
        if (!missing.isEmpty()) {
            List<Problem.FieldError> errors = missing.stream().map(field -> new Problem.FieldError(field,
                    "required to replace an account; send PATCH (merge patch) to change only some fields")).toList();
            throw new ProblemException(Problem.invalid(String.join(", ", missing) + ": required", errors));
        }
    }

    /** The account with the given fields applied over the current values. */
    public Account appliedTo(Account current, Optional<String> keyHash, java.time.Instant now) {
        return new Account(current.id(), title == null ? current.title() : title,
                keyHash.orElse(current.registrationKeyHash()),
                manualAcceptance == null ? current.manualAcceptance() : manualAcceptance, current.createdAt(), now);
    }
}
