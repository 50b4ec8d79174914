package io.activityplatform.messages.rest.dto;

import jakarta.validation.constraints.Size;

/** {@code PUT /accounts/{id}}: the key is required to create an account, optional to change one. */
public record AccountRequest(
        @Size(max = 200) String title,
        @Size(min = 16, max = 512, message = "must be 16 to 512 characters") String registrationKey,
        Boolean manualAcceptance) {
}
