package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's key pair and tokens: what the services will verify, minted as the printed command does. */
class TokenToolTest {

    @TempDir
    Path dir;

    private static JwtConsumer verifier(PublicKey key) {
        return new JwtConsumerBuilder().setVerificationKey(key).setExpectedIssuer(SigningKeys.ISSUER)
                .setExpectedAudience(SigningKeys.AUDIENCE).setRequireExpirationTime().build();
    }

    @Test
    void theKeyPairIsCreatedOnceAndThePrivateKeyIsTheOwnersOnly() throws Exception {
        SigningKeys first = SigningKeys.loadOrCreate(dir);
        SigningKeys again = SigningKeys.loadOrCreate(dir);

        assertThat(again.publicKey().getEncoded()).isEqualTo(first.publicKey().getEncoded());
        assertThat(again.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SigningKeys.PRIVATE_FILE))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(dir.resolve(SigningKeys.PUBLIC_FILE))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void aMintedTokenVerifiesWithThePublicKeyAndCarriesRolesAccountsAndTheActor() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        String token = TokenTool.run(new String[] {"--role", "admin", "--account", "acme", "--account", "local",
            "--subject", "u-42", "--name", "Ada", "--data-dir", dir.toString()});

        JwtClaims claims = verifier(keys.publicKey()).processToClaims(token);
        assertThat(claims.getSubject()).isEqualTo("u-42");
        assertThat(claims.getStringClaimValue("name")).isEqualTo("Ada");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("admin");
        assertThat(claims.getStringListClaimValue("accounts")).containsExactly("acme", "local");
    }

    @Test
    void theDefaultIsAYearLongOperatorOfTheLocalAccount() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        JwtClaims claims = verifier(keys.publicKey()).processToClaims(TokenTool.run(new String[] {
            "--data-dir", dir.toString()}));

        assertThat(claims.getStringListClaimValue("groups")).containsExactly("operator");
        assertThat(claims.getStringListClaimValue("accounts")).containsExactly(LocalAgent.ACCOUNT);
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue())
                .isEqualTo(365L * 24 * 3600);
    }

    @Test
    void aTokenFromAnotherKeyPairDoesNotVerify() {
        SigningKeys local = SigningKeys.loadOrCreate(dir);
        String foreign = TokenMinter.mint(TokenMinter.Claims.of("x", java.util.Set.of("admin"),
                java.util.Set.of("local"), java.time.Duration.ofHours(1)), SigningKeys.generate().privateKey());

        assertThatThrownBy(() -> verifier(local.publicKey()).processToClaims(foreign))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void unknownRolesAndOptionsAreRefused() {
        SigningKeys.loadOrCreate(dir);
        for (List<String> bad : List.of(List.of("--role", "root"), List.of("--days", "0"), List.of("--bogus", "1"),
                List.of("--role"))) {
            assertThatThrownBy(() -> TokenTool.run(bad.toArray(String[]::new))).as(bad.toString())
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The command LocalStack prints is what it runs itself: a separate JVM on the infra classpath. */
    @Test
    void thePrintedOperatorTokenComesFromATokenToolJvm() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        JwtClaims claims = verifier(keys.publicKey()).processToClaims(LocalTokens.operatorToken(dir));

        assertThat(claims.getStringListClaimValue("groups")).containsExactly("operator");
        assertThat(LocalTokens.mintCommand(dir, "--role admin")).contains(TokenTool.class.getName())
                .contains("--role admin").contains("--data-dir " + dir.toAbsolutePath());
    }
}
