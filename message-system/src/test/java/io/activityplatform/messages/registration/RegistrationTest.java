package io.activityplatform.messages.registration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.activityplatform.events.status.ActivityStatus;
import io.activityplatform.messages.support.Fleet;
import io.activityplatform.messages.support.RawAgent;
import io.activityplatform.service.security.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Registration with an account's key, the secret kept only as a hash, and manual acceptance. */
@QuarkusTest
class RegistrationTest {

    /** Requests as an admin of that account: an admin manages only the accounts its token names. */
    private static RequestSpecification asAdminOf(String account) {
        return given().auth().oauth2(TestTokens.adminOf(account));
    }

    @Inject
    Fleet fleet;
    @Inject
    Pool pool;

    @Test
    void aRegisteredComputerAppearsInTheViewAndItsSecretIsStoredOnlyAsAHash() {
        RawAgent agent = RawAgent.register(Fleet.ACCOUNT, Fleet.KEY, "hashed");

        assertThat(agent.secretId).hasSizeGreaterThanOrEqualTo(43);
        String stored = pool.preparedQuery("select secret_hash from agent where computer_id = $1")
                .execute(Tuple.of(agent.computerId)).await().atMost(Fleet.WAIT).iterator().next().getString(0);
        assertThat(stored).isEqualTo(Secrets.hash(agent.secretId)).doesNotContain(agent.secretId);
        given().get("/computers/" + agent.computerId).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("accountId", equalTo(Fleet.ACCOUNT))
                .body("title", equalTo("hashed"));
    }

    @Test
    void aWrongRegistrationKeyIsRefusedAndCreatesNothing() {
        long before = agents();

        register(Fleet.ACCOUNT, "wrong-key", "intruder").statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("registrationKey"));
        register("no-such-account", Fleet.KEY, "intruder").statusCode(403)
                .body("title", equalTo("Registration refused"));

        assertThat(agents()).isEqualTo(before);
    }

    @Test
    void missingFieldsAreNamedInTheProblem() {
        given().contentType(ContentType.JSON).body(Map.of("accountId", Fleet.ACCOUNT, "registrationKey", Fleet.KEY))
                .post("/agent/register").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
    }

    @Test
    void aPendingComputerGetsNothingUntilAnOperatorAcceptsIt() {
        RawAgent agent = RawAgent.register("strict", "strict-key", "needs-approval");
        UUID id = fleet.script(agent.computerId, "true");

        agent.exchange(1, List.of()).statusCode(200).body("pending", equalTo(true)).body("messages.size()", equalTo(0));
        given().get("/agent/ping/" + agent.computerId).then().body("messages", equalTo(false));
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.QUEUED);

        String strictAdmin = io.activityplatform.service.security.TestTokens.user("strict-admin", "Strict Admin",
                io.activityplatform.service.security.Roles.ADMIN, "strict");
        // an admin of another account cannot see or accept it: 404, as for no computer at all
        given().post("/computers/" + agent.computerId + "/accept").then().statusCode(404);
        given().get("/computers/" + agent.computerId).then().statusCode(404);
        given().auth().oauth2(strictAdmin).post("/computers/" + agent.computerId + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(strictAdmin).post("/computers/" + agent.computerId + "/accept").then().statusCode(409)
                .body("currentStatus", equalTo("ACCEPTED"));

        given().get("/agent/ping/" + agent.computerId).then().body("messages", equalTo(true));
        agent.exchange(1, List.of()).statusCode(200).body("pending", equalTo(false))
                .body("messages[0].operationId", equalTo(id.toString()));
        given().post("/computers/no-such-computer/accept").then().statusCode(404);
    }

    @Test
    void aRejectedComputerIsRemovedAndItsAgentGetsNothing() {
        RawAgent agent = RawAgent.register("strict", "strict-key", "to-be-rejected");
        UUID id = fleet.script(agent.computerId, "true");
        String strictAdmin = io.activityplatform.service.security.TestTokens.user("strict-admin", "Strict Admin",
                io.activityplatform.service.security.Roles.ADMIN, "strict");

        // another account's admin cannot reject it either: 404, as for no computer at all
        given().post("/computers/" + agent.computerId + "/reject").then().statusCode(404);
        given().auth().oauth2(strictAdmin).post("/computers/" + agent.computerId + "/reject").then().statusCode(200)
                .body("status", equalTo("REMOVED"));
        given().auth().oauth2(strictAdmin).post("/computers/" + agent.computerId + "/reject").then().statusCode(409)
                .body("currentStatus", equalTo("REMOVED"));
        given().auth().oauth2(strictAdmin).post("/computers/" + agent.computerId + "/accept").then().statusCode(409);

        agent.exchange(1, List.of()).statusCode(403).contentType("application/problem+json");
        assertThat(fleet.state(id).status()).isEqualTo(ActivityStatus.QUEUED);
        given().auth().oauth2(strictAdmin).post("/computers/no-such-computer/reject").then().statusCode(404);
    }

    @Test
    void accountsAreManagedThroughTheApiWithWriteOnlyKeys() {
        String account = "acct-" + UUID.randomUUID().toString().substring(0, 8);

        asAdminOf(account).contentType(ContentType.JSON).body(Map.of("title", "No key"))
                .put("/accounts/" + account).then().statusCode(400).body("errors[0].field", equalTo("registrationKey"));
        asAdminOf(account).contentType(ContentType.JSON).body(Map.of("title", "Acme", "registrationKey", "a-long-enough-key-1"))
                .put("/accounts/" + account).then().statusCode(201).body("registrationKey", org.hamcrest.Matchers.nullValue());
        RawAgent.register(account, "a-long-enough-key-1", "first");
        asAdminOf(account).contentType(ContentType.JSON).body(Map.of("title", "Acme", "registrationKey", "a-long-enough-key-2",
                "manualAcceptance", false))
                .put("/accounts/" + account).then().statusCode(200).body("createdAt", notNullValue());

        register(account, "a-long-enough-key-1", "old key").statusCode(403);
        RawAgent.register(account, "a-long-enough-key-2", "new key");
        asAdminOf(account).get("/accounts").then().statusCode(200).body("items.id", hasItem(account));
        asAdminOf(account).contentType(ContentType.JSON).body(Map.of("registrationKey", "short"))
                .put("/accounts/" + account).then().statusCode(400).body("errors[0].field", equalTo("registrationKey"));
    }

    private static io.restassured.response.ValidatableResponse register(String account, String key, String title) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "registrationKey", key, "title", title))
                .post("/agent/register").then();
    }

    private long agents() {
        return pool.query("select count(*) from agent").execute().await().atMost(Fleet.WAIT).iterator().next()
                .getLong(0);
    }
}
