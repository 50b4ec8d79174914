package io.activityplatform.service.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer-token parser every service authenticates with: smallrye-jwt's own parser behind a bounded cache
 * of tokens it already verified (issue 11: an RSA signature check per request was 18% of activity-api's event
 * loop under load, for the same few tokens). A cached token is served only before its own {@code exp}, and for
 * at most {@link #MAX_AGE} after it was verified, so a rotated key stops old tokens within that time. Failures
 * are never cached: a bad token is verified, and refused, every time.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final int MAX_TOKENS = 2_000;

    private final JWTParser verifier;
    private final Clock clock;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    public VerifiedTokenCache(DefaultJWTParser verifier, Clock clock) {
        this((JWTParser) verifier, clock);
    }

    VerifiedTokenCache(JWTParser verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).executor(Runnable::run)
                .ticker(() -> clock.millis() * 1_000_000L).expireAfter(new UntilExpiry()).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken cached = verified.getIfPresent(token);
        if (cached != null && !expired(cached)) {
            return cached;
        }
        JsonWebToken fresh = verifier.parse(token);
        if (!expired(fresh)) {
            verified.put(token, fresh);
        }
        return fresh;
    }

    /** Entries in the cache now (bounded by {@link #MAX_TOKENS}), for tests. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private boolean expired(JsonWebToken token) {
        return token.getExpirationTime() * 1000 <= clock.millis();
    }

    /** Until the token's own expiry, at most {@link #MAX_AGE}. */
    private final class UntilExpiry implements Expiry<String, JsonWebToken> {
        @Override
        public long expireAfterCreate(String key, JsonWebToken token, long now) {
            long untilExp = Math.max(0, token.getExpirationTime() * 1000 - clock.millis());
            return Duration.ofMillis(Math.min(untilExp, MAX_AGE.toMillis())).toNanos();
        }

        @Override
        public long expireAfterUpdate(String key, JsonWebToken token, long now, long current) {
            return expireAfterCreate(key, token, now);
        }

        @Override
        public long expireAfterRead(String key, JsonWebToken token, long now, long current) {
            return current;
        }
    }

    // Everything else (explicit keys, other contexts) is rare and passes straight through, uncached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
