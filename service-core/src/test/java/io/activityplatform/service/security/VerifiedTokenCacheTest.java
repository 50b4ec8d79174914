package io.activityplatform.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    private Instant now = Instant.parse("2026-11-30T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    /** Tokens the fake verifier accepts, by text, with their expiry; every verification is counted. */
    private final Map<String, Instant> valid = new HashMap<>();
    private final Map<String, Integer> verifications = new HashMap<>();
    private final Verifier verifier = new Verifier();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock);

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromTheCache() throws Exception {
        valid.put("a", now.plus(Duration.ofHours(1)));
        JsonWebToken first = cache.parse("a");
        JsonWebToken second = cache.parse("a");
        assertThat(second).isSameAs(first);
        assertThat(verifications).containsEntry("a", 1);
    }

    @Test
    void anExpiredTokenIsNeverServedFromTheCache() throws Exception {
        valid.put("a", now.plus(Duration.ofMinutes(1)));
        cache.parse("a");
        now = now.plus(Duration.ofMinutes(1));
        // the verifier decides again, and refuses: the cache never outlives the token
        valid.remove("a");
        assertThatThrownBy(() -> cache.parse("a")).isInstanceOf(ParseException.class);
        assertThat(verifications).containsEntry("a", 2);
    }

    @Test
    void aVerifiedTokenIsCheckedAgainAfterTheMaximumAge() throws Exception {
        valid.put("a", now.plus(Duration.ofDays(1)));
        cache.parse("a");
        now = now.plus(VerifiedTokenCache.MAX_AGE).plusSeconds(1);
        // e.g. the signing key was rotated meanwhile: the verifier refuses the old token now
        valid.remove("a");
        assertThatThrownBy(() -> cache.parse("a")).isInstanceOf(ParseException.class);
    }

    @Test
    void refusalsAreNotCached() {
        assertThatThrownBy(() -> cache.parse("forged")).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse("forged")).isInstanceOf(ParseException.class);
        assertThat(verifications).containsEntry("forged", 2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCacheIsBounded() throws Exception {
        for (int i = 0; i < VerifiedTokenCache.MAX_TOKENS * 2; i++) {
            valid.put("t" + i, now.plus(Duration.ofHours(1)));
            cache.parse("t" + i);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(VerifiedTokenCache.MAX_TOKENS);
    }

    @Test
    void otherKindsOfParsingAreNotCached() throws Exception {
        valid.put("a", now.plus(Duration.ofHours(1)));
        cache.parse("a", new JWTAuthContextInfo());
        cache.parse("a", new JWTAuthContextInfo());
        assertThat(verifications).containsEntry("a", 2);
    }

    /** Accepts exactly the tokens in {@link #valid}; counts every call. */
    private final class Verifier extends DefaultJWTParser {
        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications.merge(token, 1, Integer::sum);
            Instant exp = valid.get(token);
            if (exp == null) {
                throw new ParseException("signature does not verify");
            }
            return new Token(token, exp);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
            return parse(token);
        }
    }

    private record Token(String name, Instant exp) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return "exp".equals(claim) ? (T) Long.valueOf(exp.getEpochSecond()) : null;
        }
    }
}
