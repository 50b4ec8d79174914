package io.activityplatform.messages.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.domain.ExchangeRequest;
import io.activityplatform.messages.rest.dto.AccountRequest;
import io.activityplatform.messages.rest.dto.ExchangeRequestDto;
import io.activityplatform.messages.rest.dto.RegisterRequest;
import io.activityplatform.messages.rest.dto.RegisterResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The records that carry keys, secret ids and tokens print without them (they reach logs and problems). */
class SecretsNeverPrintedTest {

    static final String KEY = "registration-key-SECRET";
    static final String SECRET = "secret-id-SECRET";
    static final String TOKEN = "exchange-token-SECRET";

    @Test
    void noRecordPrintsASecret() {
        List<Object> records = List.of(
                new RegisterRequest("acme", KEY, "title", "host", List.of()),
                new Registration("acme", KEY, "title", "host", List.of()),
                new Registration.Granted("c-1", SECRET, TOKEN, false),
                new RegisterResponse("c-1", SECRET, TOKEN, false, 60, 10),
                new ExchangeRequestDto(SECRET, TOKEN, 1, List.of()),
                new ExchangeRequest(SECRET, TOKEN, 1, List.of()),
                new AccountRequest("Acme", KEY, false, 0L));
        for (Object record : records) {
            assertThat(record.toString()).as(record.getClass().getSimpleName()).doesNotContain("SECRET")
                    .contains("<redacted>");
        }
    }
}
