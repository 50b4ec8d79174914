package io.activityplatform.messages.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** message-system settings, under {@code messages.}. */
@ConfigMapping(prefix = "messages")
public interface MessagesConfig {

    Exchange exchange();

    Progress progress();

    Reactions reactions();

    Retention retention();

    RegistrationLimit registrationLimit();

    /** Accounts created (or updated) at startup, by id; more can be added through {@code PUT /accounts/{id}}. */
    Map<String, AccountSeed> accounts();

    interface Exchange {
        /** Told to agents with nothing running: how long until their next exchange. */
        @WithDefault("60s")
        Duration interval();

        /** Told to agents with operations in flight, so results arrive promptly. */
        @WithDefault("5s")
        Duration urgentInterval();

        /** How often agents should ping between exchanges. */
        @WithDefault("10s")
        Duration pingInterval();

        /** Outgoing messages per exchange response; the rest follow in the next exchange. */
        @WithDefault("100")
        int maxMessages();

        /** Activities claimed per exchange. */
        @WithDefault("50")
        int maxDeliveries();

        /** How long an exchange waits for its own view to apply its claims. */
        @WithDefault("5s")
        Duration claimTimeout();

        /** How long one exchange holds its computer's lease; a crashed replica's lease expires after it. */
        @WithDefault("30s")
        Duration lease();
    }

    interface Progress {
        /** Output characters taken from one agent message; the rest is dropped and marked truncated. */
        @WithDefault("16384")
        int maxChunkChars();

        /** Output characters forwarded per activity; matches the fold's own cap. */
        @WithDefault("65536")
        int maxActivityChars();
    }

    interface Reactions {
        /** Scan the view for timeouts, missed delivery deadlines and waiting activities. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("10s")
        Duration interval();

        /** Activities handled per reaction and scan. */
        @WithDefault("500")
        int batchSize();
    }

    /** How long finished rows stay in message-system's own tables, so they do not grow forever. */
    interface Retention {
        /** Prune periodically; tests call the pruner themselves after moving the clock. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Acknowledged outgoing messages older than this, and deliveries whose result came back (or whose
         * cancel was queued) longer ago, are deleted. A result arriving later is ignored as never delivered.
         */
        @WithDefault("7d")
        Duration period();

        @WithDefault("1h")
        Duration interval();

        /** Rows deleted per statement; a run repeats until a statement deletes fewer. */
        @WithDefault("5000")
        int batchSize();
    }

    /**
     * Registrations allowed per window, per source address and per account (a key being guessed, a runaway
     * deployment); beyond them {@code POST /agent/register} is a 429 with Retry-After.
     */
    interface RegistrationLimit {
        @WithDefault("1m")
        Duration window();

        @WithDefault("30")
        int perAddress();

        @WithDefault("300")
        int perAccount();

        /** Addresses and accounts tracked at once (the table's bound); the least recent are forgotten. */
        @WithDefault("10000")
        int maxTracked();
    }

    interface AccountSeed {
        Optional<String> title();

        String registrationKey();

        @WithDefault("false")
        boolean manualAcceptance();
    }
}
