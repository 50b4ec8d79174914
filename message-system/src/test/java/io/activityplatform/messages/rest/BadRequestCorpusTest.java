package io.activityplatform.messages.rest;

import static io.activityplatform.service.rest.BadRequestCorpus.get;
import static io.activityplatform.service.rest.BadRequestCorpus.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.messages.support.Fleet;
import io.activityplatform.service.rest.BadRequestCorpus;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad requests to message-system: each answers a 4xx problem body naming the parameter or field,
 * never a 5xx, and no message names a Java class.
 */
@QuarkusTest
class BadRequestCorpusTest {

    private static final String KEY = "a-long-enough-registration-key";
    private static final String ACCOUNT = "{\"title\":\"Corpus\",\"registrationKey\":\"" + KEY + "\"";
    private static final String REGISTER = "{\"accountId\":\"" + Fleet.ACCOUNT + "\",\"registrationKey\":\""
            + Fleet.KEY + "\",\"title\":\"corpus\"";
    private static final String MESSAGE = "{\"type\":\"progress\",\"sequence\":1,\"operationId\":\""
            + UUID.randomUUID() + "\"";
    private static final String EXCHANGE = "{\"secretId\":\"s\",\"nextExpectedSequence\":1,\"messages\":[";

    private static BadRequestCorpus mergePatch(String path, String body, int status, String field) {
        return send("PATCH", path, body, status, field);
    }

    static Stream<BadRequestCorpus> corpus() {
        String many = String.join(",", Collections.nCopies(51, "\"t\""));
        String manyMessages = String.join(",", Collections.nCopies(1001, MESSAGE + "}"));
        return Stream.of(
                // account ids and bodies
                send("PUT", "/accounts/UPPER", ACCOUNT + "}", 400, "id"),
                send("PUT", "/accounts/-leading-dash", ACCOUNT + "}", 400, "id"),
                send("PUT", "/accounts/under_score", ACCOUNT + "}", 400, "id"),
                send("PUT", "/accounts/dot.ted", ACCOUNT + "}", 400, "id"),
                send("PUT", "/accounts/" + "x".repeat(64), ACCOUNT + "}", 400, "id"),
                // an account the caller's token does not name: refused before its body is judged
                send("PUT", "/accounts/corpus-new", "{\"title\":\"no key\"}", 403, null),
                send("PUT", "/accounts/corpus-new", "{\"registrationKey\":\"short\"}", 400, "registrationKey"),
                send("PUT", "/accounts/corpus-new", "{\"registrationKey\":\"" + "k".repeat(513) + "\"}", 400,
                        "registrationKey"),
                send("PUT", "/accounts/corpus-new", ACCOUNT + ",\"manualAcceptance\":\"yes\"}", 400,
                        "manualAcceptance"),
                send("PUT", "/accounts/corpus-new", "{\"title\":[],\"registrationKey\":\"" + KEY + "\"}", 400,
                        "title"),
                send("PUT", "/accounts/corpus-new", "{\"title\":\"" + "t".repeat(201) + "\",\"registrationKey\":\""
                        + KEY + "\"}", 400, "title"),
                send("PUT", "/accounts/corpus-new", "{", 400, "body"),
                send("PUT", "/accounts/corpus-new", "[]", 400, "body"),
                send("PUT", "/accounts/corpus-new", "\"text\"", 400, "body"),
                send("PUT", "/accounts/" + Fleet.ACCOUNT, "{\"registrationKey\":\"" + KEY + "\"}", 400,
                        "manualAcceptance"),
                send("PUT", "/accounts/" + Fleet.ACCOUNT, "{\"registrationKey\":\"" + KEY + "\"}", 400, "title"),
                send("PUT", "/accounts/" + Fleet.ACCOUNT, "{\"title\":\"only\"}", 400, "manualAcceptance"),
                mergePatch("/accounts/corpus-no-such", "{\"title\":\"x\"}", 404, null),
                mergePatch("/accounts/" + Fleet.ACCOUNT, "{\"manualAcceptance\":\"yes\"}", 400, "manualAcceptance"),
                mergePatch("/accounts/" + Fleet.ACCOUNT, "{\"registrationKey\":\"short\"}", 400, "registrationKey"),
                mergePatch("/accounts/" + Fleet.ACCOUNT, "{\"title\":[1]}", 400, "title"),
                mergePatch("/accounts/" + Fleet.ACCOUNT, "{", 400, "body"),
                get("/accounts/corpus-no-such", 404, null),
                send("DELETE", "/accounts/" + Fleet.ACCOUNT, null, 405, null),
                // registration
                send("POST", "/agent/register", "{}", 400, "accountId"),
                send("POST", "/agent/register", "{}", 400, "registrationKey"),
                send("POST", "/agent/register", "{}", 400, "title"),
                send("POST", "/agent/register", REGISTER + ",\"tags\":\"one\"}", 400, "tags"),
                send("POST", "/agent/register", REGISTER + ",\"tags\":[\"\"]}", 400, "tags[0]"),
                send("POST", "/agent/register", REGISTER + ",\"tags\":[" + many + "]}", 400, "tags"),
                send("POST", "/agent/register", REGISTER + ",\"tags\":[\"" + "t".repeat(101) + "\"]}", 400,
                        "tags[0]"),
                send("POST", "/agent/register", REGISTER + ",\"hostname\":\"" + "h".repeat(256) + "\"}", 400,
                        "hostname"),
                send("POST", "/agent/register", REGISTER + ",\"hostname\":{}}", 400, "hostname"),
                send("POST", "/agent/register", "{\"accountId\":\"" + Fleet.ACCOUNT + "\",\"registrationKey\":\""
                        + Fleet.KEY + "\",\"title\":\"" + "t".repeat(201) + "\"}", 400, "title"),
                send("POST", "/agent/register", "{\"accountId\":\"x\",\"registrationKey\":\"wrong\",\"title\":\"t\"}",
                        403, null),
                send("POST", "/agent/register", "{\"accountId\":", 400, "body"),
                send("POST", "/agent/register", "[]", 400, "body"),
                send("GET", "/agent/register", null, 405, null),
                // exchange
                send("POST", "/agent/exchange", "{}", 400, "secretId"),
                send("POST", "/agent/exchange", "{\"secretId\":\"s\",\"nextExpectedSequence\":0}", 400,
                        "nextExpectedSequence"),
                send("POST", "/agent/exchange", "{\"secretId\":\"s\",\"nextExpectedSequence\":\"one\"}", 400,
                        "nextExpectedSequence"),
                send("POST", "/agent/exchange", "{\"secretId\":\"s\",\"nextExpectedSequence\":1,\"messages\":\"m\"}",
                        400, "messages"),
                send("POST", "/agent/exchange", EXCHANGE + manyMessages + "]}", 400, "messages"),
                send("POST", "/agent/exchange", EXCHANGE + "{}]}", 400, "messages[0].type"),
                send("POST", "/agent/exchange", EXCHANGE + "{}]}", 400, "messages[0].operationId"),
                send("POST", "/agent/exchange", EXCHANGE + "{\"type\":\"gossip\"}]}", 400, "messages[0].type"),
                send("POST", "/agent/exchange", EXCHANGE + MESSAGE + ",\"sequence\":0}]}", 400,
                        "messages[0].sequence"),
                send("POST", "/agent/exchange", EXCHANGE + MESSAGE + ",\"percent\":101}]}", 400,
                        "messages[0].percent"),
                send("POST", "/agent/exchange", EXCHANGE + MESSAGE + ",\"percent\":-1}]}", 400,
                        "messages[0].percent"),
                send("POST", "/agent/exchange", EXCHANGE + MESSAGE + ",\"chunkSequence\":0}]}", 400,
                        "messages[0].chunkSequence"),
                send("POST", "/agent/exchange", EXCHANGE + MESSAGE + ",\"status\":\"MAYBE\"}]}", 400,
                        "messages[0].status"),
                send("POST", "/agent/exchange", EXCHANGE + MESSAGE + ",\"code\":\"zero\"}]}", 400,
                        "messages[0].code"),
                send("POST", "/agent/exchange", EXCHANGE + MESSAGE + ",\"truncated\":\"no\"}]}", 400,
                        "messages[0].truncated"),
                send("POST", "/agent/exchange", EXCHANGE + "{\"type\":\"result\",\"sequence\":1,"
                        + "\"operationId\":\"not-a-uuid\"}]}", 400, "messages[0].operationId"),
                send("POST", "/agent/exchange", "not json", 400, "body"),
                // computers and the shared admin view
                get("/computers/corpus-no-such", 404, null),
                send("POST", "/computers/corpus-no-such/accept", null, 404, null),
                send("POST", "/computers/corpus-no-such/reject", null, 404, null),
                get("/admin/view/activities/not-a-uuid", 400, "id"),
                get("/admin/view/activities/123", 400, "id"),
                get("/admin/view/activities?limit=-1", 400, "limit"),
                get("/admin/view/activities?limit=0", 400, "limit"),
                get("/admin/view/activities?limit=1000000000", 400, "limit"),
                get("/admin/view/activities?limit=many", 400, "limit"),
                get("/accounts?limit=0", 400, "limit"),
                get("/accounts?cursor=" + UUID.randomUUID(), 400, "cursor"),
                get("/admin/view/activities?cursor=garbage", 400, "cursor"),
                send("PUT", "/accounts/corpus-new", "{\"title\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}", 413,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersAProblemNamingTheField(BadRequestCorpus request) {
        String contentType = request.method().equals("PATCH") ? AccountResource.MERGE_PATCH : "application/json";
        request.check(Map.of("Content-Type", contentType));
    }

    @Test
    void theCorpusIsLargeEnough() {
        List<BadRequestCorpus> all = corpus().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(60);
        assertThat(all.stream().filter(r -> r.field() != null)).hasSizeGreaterThanOrEqualTo(50);
    }
}
