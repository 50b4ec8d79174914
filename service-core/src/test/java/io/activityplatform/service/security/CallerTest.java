package io.activityplatform.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.activityplatform.events.event.Actor;
import jakarta.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * Who the events say acted, and which accounts a token opens: read from the verified token only, whatever
 * shape the JWT library hands the claims in, and never carrying control characters into the audit trail.
 */
class CallerTest {

    @Test
    void theActorIsTheSubjectWithTheTokensDisplayName() {
        Actor actor = Caller.actorOf(token(Map.of("sub", "u-42", "name", "Ada Lovelace",
                "preferred_username", "ada")));

        assertThat(actor).isEqualTo(Actor.user("u-42", "Ada Lovelace"));
    }

    @Test
    void theDisplayNameFallsBackToPreferredUsernameThenUpnSkippingBlanks() {
        assertThat(Caller.displayName(token(Map.of("sub", "u", "name", "  ", "preferred_username", "ada"))))
                .isEqualTo("ada");
        assertThat(Caller.displayName(token(Map.of("sub", "u", "upn", "ada@example.org"))))
                .isEqualTo("ada@example.org");
        assertThat(Caller.displayName(token(Map.of("sub", "u")))).isNull();
    }

    @Test
    void aJsonStringClaimLosesItsQuotes() {
        assertThat(Caller.displayName(token(Map.of("sub", "u", "name", Json.createValue("Ada")))))
                .isEqualTo("Ada");
    }

    @Test
    void withoutASubjectThePrincipalNameIdentifiesTheActor() {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", " ", "upn", "ada@example.org"));
        assertThat(Caller.actorOf(token(claims, "ada@example.org")).id()).isEqualTo("ada@example.org");
    }

    @Test
    void controlCharactersNeverReachTheAuditTrailAndNamesAreBounded() {
        Actor actor = Caller.actorOf(token(Map.of("sub", "u-1\n", "name", "Mallory\u001b[31m\tadmin\r\n")));

        assertThat(actor.id()).isEqualTo("u-1");
        assertThat(actor.name()).isEqualTo("Mallory[31madmin");
        assertThat(Caller.clip("x".repeat(500))).hasSize(Caller.MAX_NAME);
        assertThat(Caller.clip(null)).isNull();
    }

    @Test
    void accountsAreReadFromAListAJsonArrayOrASingleValueSortedAndDistinct() {
        assertThat(Caller.accountsOf(token(Map.of("sub", "u", "accounts", List.of("zeta", "acme", "acme")))))
                .containsExactly("acme", "zeta");
        assertThat(Caller.accountsOf(token(Map.of("sub", "u", "accounts",
                Json.createArrayBuilder().add("local").add("acme").build())))).containsExactly("acme", "local");
        assertThat(Caller.accountsOf(token(Map.of("sub", "u", "accounts", "acme")))).containsExactly("acme");
        assertThat(Caller.accountsOf(token(Map.of("sub", "u", "accounts", Json.createValue("acme")))))
                .containsExactly("acme");
    }

    @Test
    void aTokenWithoutAccountsOpensNone() {
        Set<String> accounts = Caller.accountsOf(token(Map.of("sub", "u")));

        assertThat(accounts).isEmpty();
    }

    private static JsonWebToken token(Map<String, Object> claims) {
        return token(claims, String.valueOf(claims.get("sub")));
    }

    private static JsonWebToken token(Map<String, Object> claims, String principal) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return principal;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
