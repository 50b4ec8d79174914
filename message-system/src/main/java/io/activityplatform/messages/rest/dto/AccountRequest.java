package io.activityplatform.messages.rest.dto;

import jakarta.validation.constraints.Size;

/**
 * {@code PUT} and {@code PATCH /accounts/{id}}: the key is required to create an account, optional to change one;
 * a field left out (or {@code null}) is "not given".
 */
public record AccountRequest(
        @Size(max = 200) String title,
        @Size(min = 16, max = 512, message = "must be 16 to 512 characters") String registrationKey,
        Boolean manualAcceptance) {

    public io.activityplatform.messages.registration.AccountChanges changes() {
        return new io.activityplatform.messages.registration.AccountChanges(title, registrationKey, manualAcceptance);
    }
}
