package io.activityplatform.local;

import io.smallrye.jwt.build.Jwt;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Mints the user tokens the services accept (smallrye-jwt-build): RS256, issuer and audience, the subject and
 * display name that become the events' actor, the roles in the standard {@code groups} claim and the accounts
 * the holder may use in {@code accounts}. Used by TokenTool and by the tests' token helper.
 */
public final class TokenMinter {

    /** What a token says. {@code validFrom} lets tests mint tokens that are already expired. */
    public record Claims(String subject, String name, Set<String> roles, Set<String> accounts, String issuer,
            String audience, Instant validFrom, Duration lifetime) {

        public static Claims of(String subject, Set<String> roles, Set<String> accounts, Duration lifetime) {
            return new Claims(subject, subject, roles, accounts, SigningKeys.ISSUER, SigningKeys.AUDIENCE,
                    Instant.now(), lifetime);
        }

        public Claims withAudience(String other) {
            return new Claims(subject, name, roles, accounts, issuer, other, validFrom, lifetime);
        }

        public Claims withIssuer(String other) {
            return new Claims(subject, name, roles, accounts, other, audience, validFrom, lifetime);
        }

        public Claims withName(String other) {
            return new Claims(subject, other, roles, accounts, issuer, audience, validFrom, lifetime);
        }

        public Claims validFrom(Instant from) {
            return new Claims(subject, name, roles, accounts, issuer, audience, from, lifetime);
        }
    }

    private TokenMinter() {
    }

    public static String mint(Claims claims, PrivateKey key) {
        return Jwt.issuer(claims.issuer())
                .audience(claims.audience())
                .subject(claims.subject())
                .claim("name", claims.name())
                .claim("preferred_username", claims.name())
                .groups(claims.roles())
                .claim("accounts", claims.accounts())
                .issuedAt(claims.validFrom())
                .expiresAt(claims.validFrom().plus(claims.lifetime()))
                .jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(key);
    }
}
