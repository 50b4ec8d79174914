package io.activityplatform.messages.registration;

import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;

/**
 * What a client asked to change on an account; {@code null} is "not given". A replacement ({@code PUT}) of an
 * existing account must give every field but the write-only key, so a forgotten field never silently resets
 * (rotating the key must not turn manual acceptance off); a merge patch changes only the fields given.
 */
public record AccountChanges(String title, String registrationKey, Boolean manualAcceptance, Duration grace) {

    public AccountChanges {
        grace = grace == null ? Duration.ZERO : grace;
    }

    /** Never the key: records end up in logs and error messages. */
    @Override
    public String toString() {
        return "AccountChanges[title=" + title + ", manualAcceptance=" + manualAcceptance + ", registrationKey="
                + (registrationKey == null ? "not given" : "<redacted>") + ", grace=" + grace + "]";
    }

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
}
