package io.activityplatform.messages.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /agent/register}: an agent asks to join an account. */
public record RegisterRequest(
        @NotBlank String accountId,
        @NotBlank String registrationKey,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 255) String hostname,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags) {

    /** Never the secrets: records end up in logs and error messages. */
    @Override
    public String toString() {
        return "RegisterRequest[accountId=" + accountId + ", title=" + title + ", registrationKey=<redacted>]";
    }

}
