package io.activityplatform.messages.registration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.activityplatform.messages.config.MessagesConfig;
import io.activityplatform.service.rest.Problem;
import io.activityplatform.service.rest.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rate limit of agent registration, per source address and per account: fixed windows counted in a Caffeine
 * cache bounded by size (the least recently used keys are dropped) and expiring one window after a key's first
 * attempt. Every attempt counts, refused ones too: that is what stops key guessing.
 */
@ApplicationScoped
public class RegistrationLimiter {

    private final MessagesConfig.RegistrationLimit limit;
    private final Cache<String, AtomicInteger> attempts;

    @Inject
    public RegistrationLimiter(MessagesConfig config) {
        this(config.registrationLimit(), Ticker.systemTicker());
    }

    RegistrationLimiter(MessagesConfig.RegistrationLimit limit, Ticker ticker) {
        this.limit = limit;
        this.attempts = Caffeine.newBuilder().maximumSize(limit.maxTracked()).expireAfterWrite(limit.window())
                .ticker(ticker).build();
    }

    /**
     * The peer address of a request, as the limit counts it (behind a proxy: set
     * quarkus.http.proxy.proxy-address-forwarding to use its header).
     */
    public static String addressOf(HttpServerRequest http) {
        return http == null || http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }

    /** Counts one attempt from {@code address} for {@code accountId}; a 429 problem when either is over. */
    public void admit(String address, String accountId) {
        boolean addressOver = count("address:" + address) > limit.perAddress();
        boolean accountOver = count("account:" + accountId) > limit.perAccount();
        if (addressOver || accountOver) {
            throw tooMany(addressOver ? "this address" : "this account");
        }
    }

    /** Counts in the window that began with the key's first attempt (expireAfterWrite starts at creation). */
    private int count(String key) {
        return attempts.asMap().computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private ProblemException tooMany(String who) {
        long seconds = Math.max(1, limit.window().toSeconds());
        return new ProblemException(new Problem("urn:activityplatform:problem:registration-rate-limited",
                "Too many registrations", 429, "too many registrations from " + who + "; retry after " + seconds
                        + " s", null, List.of(), Map.of("retryAfterSeconds", seconds)));
    }
}
