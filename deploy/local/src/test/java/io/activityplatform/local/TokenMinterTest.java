package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

/**
 * The tokens the tests and the local stack hand to the services: exactly the claims the services read, a
 * lifetime that really ends, and a signature that only the matching public key verifies.
 */
class TokenMinterTest {

    private static final SigningKeys KEYS = SigningKeys.generate();

    private static JwtConsumer servicesVerifier() {
        return new JwtConsumerBuilder().setVerificationKey(KEYS.publicKey()).setExpectedIssuer(SigningKeys.ISSUER)
                .setExpectedAudience(SigningKeys.AUDIENCE).setRequireExpirationTime().setRequireSubject().build();
    }

    @Test
    void aTokenCarriesTheActorRolesAccountsAndItsValidity() throws Exception {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TokenMinter.Claims claims = new TokenMinter.Claims("u-1", "Ada Lovelace", Set.of("admin", "operator"),
                Set.of("acme"), SigningKeys.ISSUER, SigningKeys.AUDIENCE, from, Duration.ofMinutes(90));

        JwtClaims read = servicesVerifier().processToClaims(TokenMinter.mint(claims, KEYS.privateKey()));

        assertThat(read.getSubject()).isEqualTo("u-1");
        assertThat(read.getStringClaimValue("name")).isEqualTo("Ada Lovelace");
        assertThat(read.getStringClaimValue("preferred_username")).isEqualTo("Ada Lovelace");
        assertThat(read.getStringListClaimValue("groups")).containsExactlyInAnyOrder("admin", "operator");
        assertThat(read.getStringListClaimValue("accounts")).containsExactly("acme");
        assertThat(read.getIssuedAt().getValue()).isEqualTo(from.getEpochSecond());
        assertThat(read.getExpirationTime().getValue()).isEqualTo(from.plus(Duration.ofMinutes(90)).getEpochSecond());
    }

    @Test
    void ofUsesTheSubjectAsTheNameAndTheServicesIssuerAndAudience() throws Exception {
        JwtClaims read = servicesVerifier().processToClaims(TokenMinter.mint(
                TokenMinter.Claims.of("bob", Set.of("viewer"), Set.of("acme"), Duration.ofHours(1)), KEYS.privateKey()));

        assertThat(read.getStringClaimValue("name")).isEqualTo("bob");
        assertThat(read.getIssuer()).isEqualTo(SigningKeys.ISSUER);
        assertThat(read.getAudience()).containsExactly(SigningKeys.AUDIENCE);
    }

    @Test
    void withNameChangesTheDisplayNameButNotTheSubject() throws Exception {
        TokenMinter.Claims claims = TokenMinter.Claims.of("u-7", Set.of("viewer"), Set.of("acme"), Duration.ofHours(1))
                .withName("Grace");

        JwtClaims read = servicesVerifier().processToClaims(TokenMinter.mint(claims, KEYS.privateKey()));

        assertThat(read.getSubject()).isEqualTo("u-7");
        assertThat(read.getStringClaimValue("name")).isEqualTo("Grace");
    }

    @Test
    void aTokenWhoseLifetimeEndedIsRefused() {
        TokenMinter.Claims expired = TokenMinter.Claims.of("u-1", Set.of("admin"), Set.of("acme"), Duration.ofHours(1))
                .validFrom(Instant.now().minus(Duration.ofHours(2)));

        assertThatThrownBy(() -> servicesVerifier().processToClaims(TokenMinter.mint(expired, KEYS.privateKey())))
                .isInstanceOfSatisfying(InvalidJwtException.class, e -> assertThat(e.hasExpired()).isTrue());
    }

    @Test
    void anotherAudienceOrIssuerIsRefusedByTheServices() {
        TokenMinter.Claims valid = TokenMinter.Claims.of("u-1", Set.of("admin"), Set.of("acme"), Duration.ofHours(1));

        for (TokenMinter.Claims other : new TokenMinter.Claims[] {valid.withAudience("another-platform"),
            valid.withIssuer("https://evil.example")}) {
            assertThatThrownBy(() -> servicesVerifier().processToClaims(TokenMinter.mint(other, KEYS.privateKey())))
                    .isInstanceOf(InvalidJwtException.class);
        }
    }

    @Test
    void theSignatureIsRs256AndATamperedPayloadFailsIt() throws Exception {
        String token = TokenMinter.mint(TokenMinter.Claims.of("u-1", Set.of("viewer"), Set.of("acme"),
                Duration.ofHours(1)), KEYS.privateKey());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("RS256");

        String[] parts = token.split("\\.");
        String promoted = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                        .replace("\"viewer\"", "\"admin\"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(promoted).isNotEqualTo(parts[1]);

        assertThatThrownBy(() -> servicesVerifier().processToClaims(parts[0] + "." + promoted + "." + parts[2]))
                .isInstanceOf(InvalidJwtException.class);
    }
}
