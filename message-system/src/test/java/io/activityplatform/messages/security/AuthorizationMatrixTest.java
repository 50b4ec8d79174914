package io.activityplatform.messages.security;

import static io.activityplatform.service.security.AuthorizationMatrix.Endpoint.get;
import static io.activityplatform.service.security.AuthorizationMatrix.Endpoint.send;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.service.security.AuthorizationMatrix;
import io.activityplatform.service.security.AuthorizationMatrix.Endpoint;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.service.security.Roles;
import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every message-system endpoint × every kind of caller. Accounts and accepting computers are admin only; the
 * agent protocol is open at the HTTP layer (agents prove themselves with keys and secrets, not user tokens).
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** The account the role tokens name: an admin manages only its own accounts. */
    static final String ACCOUNT = TestTokens.ACCOUNT;

    @BeforeEach
    void anAccountExists() {
        given().contentType("application/json").body(Map.of("registrationKey", Fleet.KEY,
                        "title", "Matrix", "manualAcceptance", false))
                .put("/accounts/" + ACCOUNT).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    static List<Endpoint> endpoints() {
        String id = UUID.randomUUID().toString();
        return List.of(
                get("/accounts", "/accounts", Roles.ADMIN, 200),
                get("/accounts/{id}", "/accounts/" + ACCOUNT, Roles.ADMIN, 200),
                send("PUT", "/accounts/{id}", "/accounts/" + ACCOUNT,
                        "{\"title\":\"Matrix\",\"manualAcceptance\":false}", Roles.ADMIN, 200),
                send("PATCH", "/accounts/{id}", "/accounts/" + ACCOUNT, "{\"title\":\"Matrix\"}", Roles.ADMIN, 200),
                get("/computers/{id}", "/computers/" + id, Roles.VIEWER, 404),
                send("POST", "/computers/{id}/accept", "/computers/" + id + "/accept", null, Roles.ADMIN, 404),
                send("POST", "/computers/{id}/reject", "/computers/" + id + "/reject", null, Roles.ADMIN, 404),
                get("/agent/ping/{computerId}", "/agent/ping/" + id, null, 200),
                send("POST", "/agent/register", "/agent/register", "{\"accountId\":\"" + ACCOUNT
                        + "\",\"registrationKey\":\"wrong\",\"title\":\"t\"}", null, 403),
                send("POST", "/agent/exchange", "/agent/exchange", "{}", null, 400),
                // the Landscape Client protocol: open like /agent/*, an empty body is malformed bpickle
                send("POST", "/message-system", "/message-system", null, null, 400),
                send("POST", "/ping", "/ping", null, null, 400),
                get("/admin/projection", "/admin/projection", Roles.ADMIN, 200),
                send("POST", "/admin/projection/rebuild", "/admin/projection/rebuild", null, Roles.ADMIN, 200),
                get("/admin/view/activities", "/admin/view/activities?limit=1", Roles.ADMIN, 200),
                get("/admin/view/activities/{id}", "/admin/view/activities/" + UUID.randomUUID(), Roles.ADMIN, 404));
    }

    @Test
    void everyEndpointAnswersEachCallerAsItsRoleSays() {
        AuthorizationMatrix.check(endpoints());
    }

    @Test
    void theMatrixCoversEveryOperationOfTheOpenApiDocument() {
        assertThat(AuthorizationMatrix.undeclared(endpoints())).isEmpty();
    }
}
