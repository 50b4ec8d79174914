package io.activityplatform.messages.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT} and {@code PATCH /accounts/{id}}: the key is required to create an account, optional to change one;
 * a field left out (or {@code null}) is "not given". A new key rotates; {@code previousKeyGraceSeconds} keeps the
 * old one valid that long (default 0).
 */
public record AccountRequest(
        @Size(max = 200) String title,
        @Size(min = 16, max = 512, message = "must be 16 to 512 characters") String registrationKey,
        Boolean manualAcceptance,
        @Min(value = 0, message = "must be 0 to 2592000 (30 days)") @Max(value = 2592000,
                message = "must be 0 to 2592000 (30 days)") Long previousKeyGraceSeconds) {

    public io.activityplatform.messages.registration.AccountChanges changes() {
        return new io.activityplatform.messages.registration.AccountChanges(title, registrationKey, manualAcceptance,
                java.time.Duration.ofSeconds(previousKeyGraceSeconds == null ? 0 : previousKeyGraceSeconds));
    }

    /** Never the secrets: records end up in logs and error messages. */
    @Override
    public String toString() {
        return "AccountRequest[title=" + title + ", manualAcceptance=" + manualAcceptance + ", registrationKey=<redacted>]";
    }
}
