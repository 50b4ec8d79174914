package io.activityplatform.messages.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.landscape.bpickle.BpickleWriter;
import io.activityplatform.messages.landscape.bpickle.Bytes;
import io.activityplatform.messages.landscape.support.RawHttp;
import io.activityplatform.messages.landscape.support.StockClient;
import io.activityplatform.messages.support.Fleet;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Both agent protocols register through RegistrationService, which holds the rate limit: Landscape registrations
 * count against the same per-address allowance as JSON ones, and beyond it both are refused with the 429.
 * (Before the limit moved into the service, the Landscape path was not limited at all: this test failed.)
 */
@QuarkusTest
@TestProfile(RegistrationLimitProfile.class)
class RegistrationLimitBothProtocolsTest {

    @Test
    void landscapeAndJsonRegistrationsShareOneAllowancePerAddress() throws Exception {
        for (int i = 0; i < RegistrationLimitProfile.PER_ADDRESS - 1; i++) {
            RawHttp.Reply reply = landscapeRegister("lsc-limited-" + i);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(new String(reply.body(), StandardCharsets.ISO_8859_1)).contains("set-id");
        }
        jsonRegister("json-limited").statusCode(201);

        RawHttp.Reply refused = landscapeRegister("lsc-over");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("registration-rate-limited");
        jsonRegister("json-over").statusCode(429);
    }

    private static io.restassured.response.ValidatableResponse jsonRegister(String title) {
        return given().auth().none().contentType(ContentType.JSON)
                .body(Map.of("accountId", Fleet.ACCOUNT, "registrationKey", Fleet.KEY, "title", title))
                .post("/agent/register").then();
    }

    /** One bare register request, as landscape-config sends it. */
    private static RawHttp.Reply landscapeRegister(String title) throws Exception {
        Map<String, Object> register = new LinkedHashMap<>();
        register.put("account_name", Fleet.ACCOUNT);
        register.put("computer_title", title);
        register.put("hostname", "vm");
        register.put("registration_password", Fleet.KEY);
        register.put("type", "register");
        register.put("vm_info", new Bytes(new byte[0]));
        StockClient client = new StockClient("localhost", port(), Fleet.ACCOUNT, Fleet.KEY, title,
                StockClient.CLIENT_TYPES);
        return client.rawExchange(BpickleWriter.write(Map.of("messages", List.of(register))));
    }

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }
}
